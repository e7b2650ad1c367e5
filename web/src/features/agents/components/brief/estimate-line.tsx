import { Coins } from 'lucide-react';
import { cn } from '@/lib/cn';
import type { Estimate } from '@/features/agents/lib/credit-estimate';

/** "Reserves up to N credits (balance M)", with how the figure comes about. */
export function EstimateLine({ estimate, variants, balance, loading }: { estimate: Estimate; variants: number; balance: number | null; loading: boolean }) {
  const short = balance !== null && estimate.credits > balance;
  return (
    <div className="flex items-start gap-3" data-testid="credit-estimate" aria-live="polite">
      <span className={cn('mt-0.5 flex size-9 shrink-0 items-center justify-center rounded-full', short ? 'bg-danger-soft text-danger' : 'bg-primary-soft text-primary')}>
        <Coins className="size-4" strokeWidth={2} aria-hidden="true" />
      </span>
      <div className="min-w-0 text-sm">
        <p className="font-medium text-ink">
          Reserves up to <span className="tabular-nums">{estimate.credits}</span> credits{' '}
          <span className={cn('font-normal', short ? 'text-danger' : 'text-muted')}>
            (balance {balance === null ? (loading ? '…' : 'unknown') : <span className="tabular-nums">{balance}</span>})
          </span>
        </p>
        <p className="text-xs text-muted">
          {estimate.items === 0
            ? 'Pick channels to see the estimate.'
            : `${estimate.items} ${estimate.items === 1 ? 'item' : 'items'} × ${variants} ${variants === 1 ? 'variant' : 'variants'}, up to ${estimate.words.toLocaleString('en')} words. You pay only for the words written; the rest comes back.`}
        </p>
      </div>
    </div>
  );
}
