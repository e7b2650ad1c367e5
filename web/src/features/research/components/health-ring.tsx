import { cn } from '@/lib/cn';
import { healthLabel, healthTone } from '../lib/severity';

const STROKE = { success: 'stroke-success', warning: 'stroke-warning-ink', danger: 'stroke-danger', neutral: 'stroke-line' } as const;
const TEXT = { success: 'text-success-ink', warning: 'text-warning-ink', danger: 'text-danger', neutral: 'text-muted' } as const;

/** The health score 0-100 as a ring, announced as "Health score 72 of 100, needs work". */
export function HealthRing({ score, size = 'lg', className }: { score: number | null | undefined; size?: 'sm' | 'lg'; className?: string }) {
  const tone = healthTone(score);
  const r = 42;
  const c = 2 * Math.PI * r;
  const filled = score == null ? 0 : (Math.max(0, Math.min(100, score)) / 100) * c;
  const label = score == null ? 'Health score not available yet' : `Health score ${score} of 100, ${healthLabel(score).toLowerCase()}`;
  return (
    <div role="img" aria-label={label} className={cn('relative inline-flex shrink-0 items-center justify-center', size === 'lg' ? 'size-32' : 'size-14', className)}>
      <svg viewBox="0 0 100 100" className="size-full -rotate-90" aria-hidden="true">
        <circle cx="50" cy="50" r={r} fill="none" strokeWidth="10" className="stroke-mist" />
        <circle cx="50" cy="50" r={r} fill="none" strokeWidth="10" strokeLinecap="round" className={cn(STROKE[tone], 'transition-[stroke-dasharray] duration-500')} strokeDasharray={`${filled} ${c}`} />
      </svg>
      <span aria-hidden="true" className={cn('absolute flex flex-col items-center font-heading font-semibold tabular-nums', TEXT[tone])}>
        <span className={size === 'lg' ? 'text-3xl' : 'text-base'}>{score ?? '–'}</span>
        {size === 'lg' && <span className="text-xs font-medium text-muted">{healthLabel(score)}</span>}
      </span>
    </div>
  );
}
