import { CircleAlert, CircleCheck, Info, TriangleAlert, X } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

type Tone = 'info' | 'success' | 'warning' | 'danger';

const styles: Record<Tone, { box: string; Icon: typeof Info }> = {
  info: { box: 'border-primary/25 bg-primary-soft text-ink', Icon: Info },
  success: { box: 'border-success/40 bg-success-soft text-success-ink', Icon: CircleCheck },
  warning: { box: 'border-warning-ink/25 bg-warning-soft text-warning-ink', Icon: TriangleAlert },
  danger: { box: 'border-danger/25 bg-danger-soft text-danger', Icon: CircleAlert },
};

export function Alert({
  tone = 'info',
  title,
  children,
  className,
  onDismiss,
  action,
}: {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  onDismiss?: () => void;
  action?: ReactNode;
}) {
  const { box, Icon } = styles[tone];
  return (
    <div role={tone === 'danger' || tone === 'warning' ? 'alert' : 'status'} className={cn('flex items-start gap-3 rounded-[var(--radius-button)] border px-4 py-3 text-sm', box, className)}>
      <Icon className="mt-0.5 size-4 shrink-0" strokeWidth={2} aria-hidden="true" />
      <div className="min-w-0 flex-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className={cn(title && 'mt-0.5')}>{children}</div>}
        {action && <div className="mt-2">{action}</div>}
      </div>
      {onDismiss && (
        <button type="button" onClick={onDismiss} className="-my-1 -mr-2 inline-flex size-8 items-center justify-center rounded-[var(--radius-button)] hover:bg-black/5" aria-label="Dismiss">
          <X className="size-4" strokeWidth={2} aria-hidden="true" />
        </button>
      )}
    </div>
  );
}
