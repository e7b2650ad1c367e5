import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { errorMessage, isProblem } from '@/lib/api/problem';
import type { Brand } from '@/lib/api/types';
import { useCreateBrand } from '../api/create-brand';

/** Names a new brand; it starts with an empty draft. */
export function CreateBrandDialog({ open, onOpenChange, onCreated }: { open: boolean; onOpenChange: (open: boolean) => void; onCreated: (brand: Brand) => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const create = useCreateBrand();
  const close = (o: boolean) => {
    if (!o) {
      setName('');
      setError(undefined);
      create.reset();
    }
    onOpenChange(o);
  };
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent title="New brand" description="An organization can hold several brands; each has its own guidelines, personas and visual identity.">
        <form
          noValidate
          className="flex flex-col gap-5"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!name.trim()) {
              setError('Give the brand a name.');
              return;
            }
            try {
              const brand = await create.mutateAsync({ name: name.trim() });
              close(false);
              onCreated(brand);
            } catch (err) {
              const field = isProblem(err, 'validation_failed') ? err.errors.find((f) => f.field === 'name') : undefined;
              setError(field?.message);
            }
          }}
        >
          {create.error && !error && <Alert tone="danger">{errorMessage(create.error)}</Alert>}
          <FormField id="brand-name" label="Brand name" error={error}>
            <Input autoFocus value={name} maxLength={200} placeholder="Acme Coffee" onChange={(e) => setName(e.target.value)} />
          </FormField>
          <DialogFooter className="mt-1">
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" loading={create.isPending}>
              Create brand
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
