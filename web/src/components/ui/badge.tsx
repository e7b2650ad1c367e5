import type { HTMLAttributes } from 'react';
import { cn } from '@/lib/cn';

/** Meanings: neutral (nothing to do), info (in motion, for your attention), success, warning (waits on someone), danger (went wrong). */
export type BadgeTone = 'neutral' | 'info' | 'primary' | 'success' | 'warning' | 'danger' | 'coral';

const tones: Record<BadgeTone, string> = {
  neutral: 'bg-mist text-slate ring-line',
  info: 'bg-primary-soft text-primary-hover ring-primary/20',
  primary: 'bg-primary-soft text-primary-hover ring-primary/20',
  success: 'bg-success-soft text-success-ink ring-success/30',
  warning: 'bg-warning-soft text-warning-ink ring-warning-ink/20',
  danger: 'bg-danger-soft text-danger ring-danger/20',
  coral: 'bg-coral-soft text-coral-ink ring-coral/40',
};

export function Badge({ tone = 'neutral', className, ...rest }: HTMLAttributes<HTMLSpanElement> & { tone?: BadgeTone }) {
  return (
    <span
      className={cn('inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset', tones[tone], className)}
      {...rest}
    />
  );
}
