import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { applyFieldErrors, errorMessage, isProblem } from '@/lib/api/problem';
import { useCreateOrganization } from '../api/create-organization';
import { useSwitchOrganization } from '../api/switch-organization';

const schema = z.object({ name: z.string().trim().min(1, 'Name the organization.').max(200, 'Use at most 200 characters.') });
type Values = z.infer<typeof schema>;

export function CreateOrganizationDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const create = useCreateOrganization();
  const switchOrg = useSwitchOrganization();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const org = await create.mutateAsync({ name: values.name.trim() });
      await switchOrg.mutateAsync(org.id);
      reset();
      onOpenChange(false);
      navigate('/');
    } catch (e) {
      const rest = applyFieldErrors(e, setError, ['name']);
      if (!isProblem(e, 'validation_failed') || rest.length > 0) setFormError(errorMessage(e));
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        if (!o) {
          reset();
          setFormError(null);
        }
        onOpenChange(o);
      }}
    >
      <DialogContent title="Create organization" description="A separate workspace with its own brand, team and content. You will be its Admin.">
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
          {formError && <Alert tone="danger">{formError}</Alert>}
          <FormField id="org-name" label="Organization name" error={formState.errors.name?.message}>
            <Input autoComplete="organization" autoFocus {...register('name')} />
          </FormField>
          <DialogFooter className="mt-1">
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" loading={formState.isSubmitting}>
              Create and switch
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
