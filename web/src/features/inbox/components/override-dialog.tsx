import { CircleAlert, PenLine } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import type { FieldFinding } from '@/lib/api/types';
import { fieldLabel } from '../lib/findings';

export type OverrideDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The variant's number as people read it ("2"). */
  letter: string;
  /** The error-level findings that stand in the way. */
  errors: readonly FieldFinding[];
  /** False when the caller may not approve over errors; undefined when only the server can tell. */
  canOverride?: boolean;
  /** Opens the variant's editor; absent when the caller may not edit. */
  onFix?: () => void;
  onApprove: (reason: string) => void;
  pending: boolean;
  /** The server's refusal, e.g. `override_not_allowed`. */
  error: string | null;
  /** The words an error points at, to tell apart errors with the same message. */
  quoteOf?: (f: FieldFinding) => string;
};

/**
 * Approving a variant the checks found errors in: never one click. Lists the errors and offers to fix
 * the variant, or, for those allowed to, to approve it anyway with a written reason the activity keeps.
 */
export function OverrideDialog({ open, onOpenChange, letter, errors, canOverride, onFix, onApprove, pending, error, quoteOf }: OverrideDialogProps) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const n = errors.length;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = reason.trim();
    if (!r) {
      setMissing(true);
      document.getElementById('override-reason')?.focus();
      return;
    }
    onApprove(r);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        onOpenChange(o);
        if (!o) {
          setReason('');
          setMissing(false);
        }
      }}
    >
      <DialogContent
        title={`Variant ${letter} has ${n === 1 ? 'an error' : `${n} errors`}`}
        description={canOverride === false ? 'Fix it before it can be approved.' : 'Fix it first, or approve it anyway with a reason the team can read.'}
      >
        <div className="flex flex-col gap-5">
          <ul aria-label="Errors" className="flex flex-col gap-2" data-testid="override-errors">
            {errors.map((f, i) => {
              const quote = quoteOf?.(f) ?? '';
              return (
                <li key={i} className="flex gap-2.5 rounded-[var(--radius-button)] border border-danger/25 bg-danger-soft px-3 py-2 text-sm">
                  <CircleAlert className="mt-0.5 size-4 shrink-0 text-danger" aria-hidden="true" />
                  <div className="min-w-0 break-words">
                    <p className="text-xs font-semibold text-danger">{fieldLabel(f.field)}</p>
                    <p className="text-ink">
                      {f.message}
                      {quote && (
                        <>
                          {': '}
                          <q className="font-medium">{quote}</q>
                        </>
                      )}
                    </p>
                    {f.suggestion && <p className="mt-0.5 text-xs text-slate">Try: {f.suggestion}</p>}
                  </div>
                </li>
              );
            })}
          </ul>
          {onFix && (
            <Button variant="primary" onClick={onFix} className="self-start">
              <PenLine aria-hidden="true" />
              Fix it
            </Button>
          )}
          {canOverride === false ? (
            <p className="text-sm text-muted">Your role cannot approve a variant over its errors. Fix it, or ask a Manager or Admin.</p>
          ) : (
            <form onSubmit={submit} noValidate className="flex flex-col gap-3 border-t border-line pt-4" aria-label="Approve anyway">
              <FormField
                id="override-reason"
                label="Why approve it anyway?"
                hint="Required. Kept in the activity with your approval."
                error={missing ? 'Write why it can be approved as it is.' : undefined}
              >
                <Textarea
                  rows={3}
                  value={reason}
                  required
                  maxLength={2000}
                  onChange={(e) => {
                    setReason(e.target.value);
                    if (e.target.value.trim()) setMissing(false);
                  }}
                  placeholder="e.g. Legal cleared this claim for the launch (ticket LEG-142)."
                />
              </FormField>
              {error && <Alert tone="danger">{error}</Alert>}
              <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
                <DialogClose asChild>
                  <Button variant="secondary">Cancel</Button>
                </DialogClose>
                <Button type="submit" variant="danger" loading={pending}>
                  Approve anyway
                </Button>
              </div>
            </form>
          )}
          {canOverride === false && (
            <>
              {error && <Alert tone="danger">{error}</Alert>}
              <div className="flex justify-end">
                <DialogClose asChild>
                  <Button variant="secondary">Close</Button>
                </DialogClose>
              </div>
            </>
          )}
        </div>
      </DialogContent>
    </Dialog>
  );
}
