import { cn } from '@/lib/cn';

/** A horizontal bar for `value` of `max`, announced with its label. */
export function ProgressBar({ value, max, label, tone = 'primary', className }: { value: number; max: number; label: string; tone?: 'primary' | 'success' | 'danger' | 'warning' | 'coral'; className?: string }) {
  const pct = max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0;
  const fill = { primary: 'bg-primary', success: 'bg-success', danger: 'bg-danger', warning: 'bg-warning-ink', coral: 'bg-coral' }[tone];
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      className={cn('h-2 overflow-hidden rounded-full bg-mist ring-1 ring-line ring-inset', className)}
    >
      <div className={cn('h-full rounded-full transition-[width] duration-500', fill)} style={{ width: `${pct}%` }} />
    </div>
  );
}
