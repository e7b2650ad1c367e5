import { cn } from '@/lib/cn';

export function scoreTone(score: number): 'success' | 'warning' | 'danger' {
  return score >= 85 ? 'success' : score >= 60 ? 'warning' : 'danger';
}

const tones = {
  success: 'bg-success-soft text-success-ink ring-success/30',
  warning: 'bg-warning-soft text-warning-ink ring-warning-ink/20',
  danger: 'bg-danger-soft text-danger ring-danger/20',
};

/** A compliance score 0-100 as a coloured figure. */
export function Score({ score, size = 'sm', className }: { score: number; size?: 'sm' | 'lg'; className?: string }) {
  return (
    <span
      className={cn(
        'inline-flex items-center justify-center rounded-full font-semibold tabular-nums ring-1 ring-inset',
        size === 'lg' ? 'size-16 text-2xl' : 'min-w-10 px-2 py-0.5 text-xs',
        tones[scoreTone(score)],
        className,
      )}
      aria-label={`Score ${score} of 100`}
    >
      {score}
    </span>
  );
}
