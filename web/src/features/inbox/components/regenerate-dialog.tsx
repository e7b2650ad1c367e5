import { RefreshCw } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { errorMessage, isProblem } from '@/lib/api/problem';
import type { Run } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { useRegenerateItem } from '../api/regenerate-item';
import { Textarea } from '@/components/ui/textarea';

export const QUICK_FEEDBACK = ['Shorter', 'Longer', 'More formal', 'More playful', 'No emoji', 'Another angle'] as const;

/** Picking one of a pair drops the other: "Shorter" and "Longer" together ask for nothing. */
const OPPOSITE: Record<string, string> = { Shorter: 'Longer', Longer: 'Shorter', 'More playful': 'More formal', 'More formal': 'More playful' };

export function feedbackList(chips: readonly string[], text: string): string[] {
  return [...chips.map((c) => c.toLowerCase()), text.trim()].filter(Boolean);
}

/** Writes the item again with feedback; the new run is followed on the page. */
export function RegenerateDialog({ itemId, onStarted }: { itemId: string; onStarted: (run: Run) => void }) {
  const [open, setOpen] = useState(false);
  const [chips, setChips] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const regenerate = useRegenerateItem();
  const toggle = (c: string) => {
    setMissing(false);
    setChips((cur) => (cur.includes(c) ? cur.filter((x) => x !== c) : [...cur.filter((x) => x !== OPPOSITE[c]), c]));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const feedback = feedbackList(chips, text);
    if (feedback.length === 0) {
      setMissing(true);
      return;
    }
    regenerate.mutate(
      { id: itemId, feedback },
      {
        onSuccess: (run) => {
          setOpen(false);
          setChips([]);
          setText('');
          onStarted(run);
        },
      },
    );
  };
  const error = regenerate.isError
    ? isProblem(regenerate.error, 'insufficient_credits')
      ? `Not enough credits to write it again. ${errorMessage(regenerate.error)}`
      : errorMessage(regenerate.error)
    : null;
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) {
          regenerate.reset();
          setMissing(false);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          <RefreshCw aria-hidden="true" />
          Regenerate
        </Button>
      </DialogTrigger>
      <DialogContent title="Write it again" description="Say what to change. Every variant is written again; approvals given so far start over.">
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <div role="group" aria-label="Quick feedback" className="flex flex-wrap gap-2">
            {QUICK_FEEDBACK.map((c) => {
              const on = chips.includes(c);
              return (
                <button
                  key={c}
                  type="button"
                  aria-pressed={on}
                  onClick={() => toggle(c)}
                  className={cn(
                    'min-h-10 rounded-full border px-3.5 text-sm font-medium transition-colors',
                    on ? 'border-primary bg-primary text-white' : 'border-line bg-white text-slate hover:border-primary/40 hover:bg-primary-soft hover:text-ink',
                  )}
                >
                  {c}
                </button>
              );
            })}
          </div>
          <FormField id="regenerate-feedback" label="Anything else?" error={missing ? 'Pick a quick option or say what to change.' : undefined}>
            <Textarea
              rows={3}
              value={text}
              maxLength={1000}
              onChange={(e) => {
                setText(e.target.value);
                if (e.target.value.trim()) setMissing(false);
              }}
              placeholder="e.g. Lead with the price, mention the free trial."
            />
          </FormField>
          {error && <Alert tone="danger">{error}</Alert>}
          <DialogFooter className="mt-0">
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" loading={regenerate.isPending}>
              Write again
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
