import { Slot } from '@radix-ui/react-slot';
import { forwardRef, type ButtonHTMLAttributes } from 'react';
import { cn } from '@/lib/cn';
import { Spinner } from './spinner';

type Variant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'link';
type Size = 'sm' | 'md' | 'icon';

const variants: Record<Variant, string> = {
  primary:
    'bg-primary text-white hover:bg-primary-hover hover:shadow-[var(--shadow-button-hover)] active:bg-primary-active active:shadow-[var(--shadow-button-active)]',
  secondary:
    'border border-line bg-white text-ink hover:border-primary/40 hover:bg-primary-soft hover:shadow-[var(--shadow-button-hover)] active:shadow-[var(--shadow-button-active)]',
  ghost: 'text-slate hover:bg-primary-soft hover:text-ink active:shadow-[var(--shadow-button-active)]',
  danger:
    'bg-danger text-white hover:bg-danger-hover hover:shadow-[0_2px_6px_rgb(180_35_24/0.25)] active:shadow-[var(--shadow-button-active)]',
  link: 'text-primary underline-offset-4 hover:underline px-0 min-h-0',
};

const sizes: Record<Size, string> = {
  sm: 'min-h-9 px-3 text-sm max-md:min-h-11',
  md: 'min-h-11 px-4 text-sm',
  icon: 'size-11 justify-center p-0',
};

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  size?: Size;
  loading?: boolean;
  asChild?: boolean;
};

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'primary', size = 'md', loading = false, asChild = false, className, children, disabled, type, ...rest },
  ref,
) {
  const Comp = asChild ? Slot : 'button';
  return (
    <Comp
      ref={ref}
      type={asChild ? undefined : (type ?? 'button')}
      disabled={asChild ? undefined : disabled || loading}
      aria-busy={loading || undefined}
      className={cn(
        'inline-flex shrink-0 cursor-pointer items-center justify-center gap-2 rounded-[var(--radius-button)] font-medium whitespace-nowrap transition-[background-color,box-shadow,border-color,color] duration-150 select-none disabled:cursor-not-allowed disabled:opacity-60 disabled:shadow-none [&_svg]:size-4 [&_svg]:shrink-0',
        variants[variant],
        variant !== 'link' && sizes[size],
        className,
      )}
      {...rest}
    >
      {asChild ? (
        children
      ) : (
        <>
          {loading && <Spinner size="sm" className="text-current" label="" />}
          {children}
        </>
      )}
    </Comp>
  );
});
