import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { pageRange } from '../lib/paging';

/** Previous and next buttons for an offset page, with where the page stands. */
export function Pager({ offset, shown, total, size, onOffset, label }: { offset: number; shown: number; total: number; size: number; onOffset: (o: number) => void; label: string }) {
  if (total <= size && offset === 0) return <p className="px-5 py-3 text-xs text-muted sm:px-6">{pageRange(offset, shown, total)}</p>;
  return (
    <nav aria-label={label} className="flex items-center justify-between gap-3 border-t border-line px-5 py-3 sm:px-6">
      <p className="text-xs text-muted" aria-live="polite">
        {pageRange(offset, shown, total)}
      </p>
      <div className="flex gap-2">
        <Button size="sm" variant="secondary" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - size))}>
          <ChevronLeft aria-hidden="true" />
          Previous
        </Button>
        <Button size="sm" variant="secondary" disabled={offset + shown >= total} onClick={() => onOffset(offset + size)}>
          Next
          <ChevronRight aria-hidden="true" />
        </Button>
      </div>
    </nav>
  );
}
