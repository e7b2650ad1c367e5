import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';

const QUICK = ['Off brand voice', 'Claims need evidence', 'Wrong audience', 'Not needed any more'];

/** Asks why before rejecting: the reason goes to the writer and teaches the agents. */
export function RejectDialog({
  open,
  onOpenChange,
  what,
  onReject,
  pending,
  error,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** What is rejected, e.g. "this item" or "3 items". */
  what: string;
  onReject: (reason: string) => void;
  pending?: boolean;
  error?: string | null;
}) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    onReject(reason.trim());
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        if (!o) {
          setReason('');
          setMissing(false);
        }
        onOpenChange(o);
      }}
    >
      <DialogContent title={`Reject ${what}`} description="Say what is wrong: the writer sees it, and the agents learn from it.">
        <form onSubmit={submit} noValidate className="flex flex-col gap-3">
          <FormField id="reject-reason" label="Reason" error={missing ? 'Give a reason to reject.' : undefined}>
            <Textarea
              rows={3}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                if (e.target.value.trim()) setMissing(false);
              }}
              placeholder="e.g. The claim about price needs a source."
              autoFocus
            />
          </FormField>
          <div className="flex flex-wrap gap-2" role="group" aria-label="Common reasons">
            {QUICK.map((q) => (
              <button
                key={q}
                type="button"
                onClick={() => {
                  setReason((r) => (r.trim() ? `${r.trim()} ${q}.` : `${q}.`));
                  setMissing(false);
                }}
                className="min-h-9 rounded-full border border-line bg-white px-3 text-xs font-medium text-slate hover:border-primary/40 hover:bg-primary-soft hover:text-ink max-md:min-h-10"
              >
                {q}
              </button>
            ))}
          </div>
          {error && <Alert tone="danger">{error}</Alert>}
          <DialogFooter className="mt-2">
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" variant="danger" loading={pending}>
              Reject
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
