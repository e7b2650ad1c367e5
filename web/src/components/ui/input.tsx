import { forwardRef, type InputHTMLAttributes } from 'react';
import { cn } from '@/lib/cn';

export const Input = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function Input({ className, ...rest }, ref) {
  return (
    <input
      ref={ref}
      className={cn(
        'block min-h-11 w-full rounded-[var(--radius-button)] border border-line bg-white px-3 text-base text-ink placeholder:text-muted/80 transition-colors sm:text-sm',
        'hover:border-slate/50 focus-visible:border-primary',
        'aria-[invalid=true]:border-danger aria-[invalid=true]:bg-danger-soft/40',
        'disabled:cursor-not-allowed disabled:bg-mist disabled:opacity-70',
        className,
      )}
      {...rest}
    />
  );
});
