import { Check, X } from 'lucide-react';
import { Button } from '@/components/ui/button';

/** The actions for the selected rows; sticks to the bottom of the screen while rows are selected. */
export function BulkBar({ count, onApprove, onReject, onClear, pending }: { count: number; onApprove: () => void; onReject: () => void; onClear: () => void; pending: boolean }) {
  return (
    <div
      role="region"
      aria-label="Selected items"
      className="sticky bottom-[calc(4.5rem+env(safe-area-inset-bottom))] z-20 mt-4 flex flex-wrap items-center gap-2 rounded-[var(--radius-card)] border border-line bg-white px-4 py-3 shadow-[var(--shadow-pop)] md:bottom-4"
    >
      <p className="mr-auto text-sm font-medium text-ink" aria-live="polite">
        {count} selected
      </p>
      <Button size="sm" onClick={onApprove} loading={pending}>
        <Check aria-hidden="true" />
        Approve {count}
      </Button>
      <Button size="sm" variant="secondary" onClick={onReject} disabled={pending}>
        <X aria-hidden="true" />
        Reject {count}
      </Button>
      <Button size="sm" variant="ghost" onClick={onClear} disabled={pending}>
        Clear
      </Button>
    </div>
  );
}
