import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { applyFieldErrors, errorMessage, isProblem } from '@/lib/api/problem';
import { ROLES } from '@/lib/api/types';
import { useInviteMember } from '../api/invite-member';
import { ROLE_OPTIONS } from './role-options';

const schema = z.object({
  email: z.email('Enter a valid email address.'),
  role: z.enum(ROLES, 'Choose a role.'),
});
type Values = z.infer<typeof schema>;

export function InviteMemberDialog({ open, onOpenChange, onInvited }: { open: boolean; onOpenChange: (open: boolean) => void; onInvited?: (email: string) => void }) {
  const invite = useInviteMember();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, control, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', role: 'creator' },
  });

  const close = (o: boolean) => {
    if (!o) {
      reset();
      setFormError(null);
    }
    onOpenChange(o);
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await invite.mutateAsync(values);
      onInvited?.(values.email);
      close(false);
    } catch (e) {
      if (isProblem(e, 'conflict') && e.errors.length === 0) {
        setError('email', { message: e.detail }, { shouldFocus: true });
        return;
      }
      const rest = applyFieldErrors(e, setError, ['email', 'role']);
      if (!isProblem(e, 'validation_failed') || rest.length > 0) setFormError(errorMessage(e));
    }
  });

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent title="Invite member" description="They get an email with a link to join this organization. The link expires after a few days.">
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
          {formError && <Alert tone="danger">{formError}</Alert>}
          <FormField id="invite-email" label="Email" error={formState.errors.email?.message}>
            <Input type="email" autoComplete="off" inputMode="email" autoFocus placeholder="name@company.com" {...register('email')} />
          </FormField>
          <Controller
            control={control}
            name="role"
            render={({ field }) => (
              <FormField id="invite-role" label="Role" error={formState.errors.role?.message}>
                <Select ref={field.ref} name={field.name} value={field.value} onValueChange={field.onChange} options={ROLE_OPTIONS} />
              </FormField>
            )}
          />
          <DialogFooter className="mt-1">
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" loading={formState.isSubmitting}>
              Send invitation
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
