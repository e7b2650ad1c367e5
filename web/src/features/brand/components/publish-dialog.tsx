import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { errorMessage, isProblem } from '@/lib/api/problem';
import type { Brand } from '@/lib/api/types';
import { usePublishBrand } from '../api/publish-brand';
import { Textarea } from '@/components/ui/textarea';

/** Asks what changed, then publishes the saved draft as the next version. */
export function PublishDialog({ brand, open, onOpenChange, onPublished }: { brand: Brand; open: boolean; onOpenChange: (open: boolean) => void; onPublished?: (version: number) => void }) {
  const [message, setMessage] = useState('');
  const publish = usePublishBrand(brand.id);
  const close = (o: boolean) => {
    if (!o) {
      setMessage('');
      publish.reset();
    }
    onOpenChange(o);
  };
  const error = publish.error ? (isProblem(publish.error, 'nothing_to_publish') ? 'Nothing changed since the last published version.' : errorMessage(publish.error)) : null;
  const fieldError = isProblem(publish.error, 'validation_failed') ? publish.error.errors.find((e) => e.field === 'message')?.message : undefined;
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent
        title={`Publish version ${brand.published_version + 1}`}
        description="The saved draft becomes the guidelines everyone works from. Every other member is notified in the app and by email."
      >
        <form
          noValidate
          className="flex flex-col gap-5"
          onSubmit={async (e) => {
            e.preventDefault();
            // The dialog renders in a portal, but React bubbles its submit to the section form
            // around the header, which would save the draft again while it is being published.
            e.stopPropagation();
            try {
              const rev = await publish.mutateAsync(message.trim());
              onPublished?.(rev.version);
              close(false);
            } catch {
              // shown below
            }
          }}
        >
          {error && !fieldError && <Alert tone="danger">{error}</Alert>}
          <FormField id="publish-message" label="What changed?" hint="Shown in the revision history and in the members' notification." error={fieldError}>
            <Textarea autoFocus maxLength={500} value={message} onChange={(e) => setMessage(e.target.value)} placeholder="e.g. New tagline and two banned words" />
          </FormField>
          <DialogFooter className="mt-1">
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" loading={publish.isPending}>
              Publish
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
