import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/cn';
import { changeKindLabel, significanceBar, significanceLabel, significanceText, significanceTone } from '../lib/significance';

/** "Major", "Notable" or "Minor", coloured; the full sentence for screen readers. */
export function SignificanceBadge({ value }: { value: number }) {
  return (
    <Badge tone={significanceTone(value)} title={significanceText(value)}>
      <span aria-hidden="true">{significanceLabel(value)}</span>
      <span className="sr-only">{significanceText(value)}</span>
    </Badge>
  );
}

/** A short bar filled to the significance, announced as a meter. */
export function SignificanceMeter({ value, className }: { value: number; className?: string }) {
  const pct = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      role="meter"
      aria-label="Significance"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
      aria-valuetext={significanceText(value)}
      className={cn('h-1.5 w-16 shrink-0 overflow-hidden rounded-full bg-mist ring-1 ring-line ring-inset', className)}
    >
      <div className={cn('h-full rounded-full', significanceBar(value))} style={{ width: `${pct}%` }} />
    </div>
  );
}

export function ChangeKindBadge({ kind }: { kind: string }) {
  return <Badge tone={kind === 'pricing' || kind === 'plans' ? 'coral' : 'primary'}>{changeKindLabel(kind)}</Badge>;
}
