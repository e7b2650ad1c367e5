import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { CircleAlert } from 'lucide-react';
import { cn } from '@/lib/cn';
import { Label } from './label';

type FieldChildProps = { id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string };

/**
 * A label, the control, an optional hint and the inline error. The control (the single child) receives
 * `id`, `aria-invalid` and `aria-describedby` so screen readers read the error with the field.
 */
export function FormField({
  id,
  label,
  error,
  hint,
  className,
  labelAside,
  children,
}: {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  className?: string;
  labelAside?: ReactNode;
  children: ReactElement<FieldChildProps>;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const child = Children.only(children);
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <div className="flex items-baseline justify-between gap-2">
        <Label htmlFor={id}>{label}</Label>
        {labelAside}
      </div>
      {isValidElement(child)
        ? cloneElement(child, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })
        : child}
      {hint && (
        <div id={hintId} className="text-xs text-muted">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="flex items-start gap-1.5 text-sm text-danger" role="alert">
          <CircleAlert className="mt-0.5 size-4 shrink-0" strokeWidth={2} aria-hidden="true" />
          <span>{error}</span>
        </p>
      )}
    </div>
  );
}
