import { cn } from '@/lib/cn';

/** The "b" mark: concentric fingerprint-like arcs forming a lowercase b. */
export function LogoMark({ className, inverted = false }: { className?: string; inverted?: boolean }) {
  return (
    <svg viewBox="0 0 32 32" className={cn('size-8', className)} aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill={inverted ? '#fff' : '#106D7C'} />
      <g fill="none" stroke={inverted ? '#106D7C' : '#fff'} strokeWidth="2" strokeLinecap="round">
        <path d="M9.5 6.5v19" />
        <path d="M9.5 19a6.5 6.5 0 1 0 6.5-6.5c-2.3 0-4.3 1.2-5.5 3" />
        <path d="M13 19a3 3 0 1 0 3-3" opacity="0.85" />
        <path d="M13 9.5c3.9-1.4 8.6-.3 11 3.4" stroke="#FF7557" />
      </g>
    </svg>
  );
}

export function Logo({ className, light = false }: { className?: string; light?: boolean }) {
  return (
    <span className={cn('inline-flex items-center gap-2.5', className)}>
      <LogoMark inverted={light} />
      <span className={cn('font-heading text-xl font-bold tracking-tight', light ? 'text-white' : 'text-ink')}>brandium</span>
    </span>
  );
}
