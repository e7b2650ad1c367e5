import { cn } from '@/lib/cn';

export function Spinner({ size = 'md', className, label = 'Loading' }: { size?: 'sm' | 'md' | 'lg'; className?: string; label?: string }) {
  const px = { sm: 'size-4', md: 'size-6', lg: 'size-9' }[size];
  return (
    <span role={label ? 'status' : undefined} className={cn('inline-flex items-center text-primary', className)}>
      <svg className={cn(px, 'animate-spin')} viewBox="0 0 24 24" fill="none" aria-hidden="true">
        <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.2" strokeWidth="2.5" />
        <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
      {label && <span className="sr-only">{label}</span>}
    </span>
  );
}

export function PageSpinner({ label = 'Loading' }: { label?: string }) {
  return (
    <div className="flex min-h-[40vh] items-center justify-center">
      <Spinner size="lg" label={label} />
    </div>
  );
}
