import { forwardRef, type TextareaHTMLAttributes } from 'react';
import { cn } from '@/lib/cn';

/** A multi-line text field styled like the design system's Input. */
export const Textarea = forwardRef<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement>>(function Textarea({ className, rows = 3, ...rest }, ref) {
  return (
    <textarea
      ref={ref}
      rows={rows}
      className={cn(
        'block w-full rounded-[var(--radius-button)] border border-line bg-white px-3 py-2.5 text-base text-ink placeholder:text-muted/80 transition-colors sm:text-sm',
        'hover:border-slate/50 focus-visible:border-primary',
        'aria-[invalid=true]:border-danger aria-[invalid=true]:bg-danger-soft/40',
        'disabled:cursor-not-allowed disabled:bg-mist disabled:opacity-70',
        className,
      )}
      {...rest}
    />
  );
});
