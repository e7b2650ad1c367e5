import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

/** One chapter of the style guide: number, title and an accent rule in the brand's colour. */
export function KitSection({
  id,
  number,
  title,
  accent,
  headingFont,
  children,
}: {
  id: string;
  number: number;
  title: string;
  accent: string;
  headingFont?: string;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="kit-section scroll-mt-6 rounded-[var(--radius-card)] bg-white px-5 py-8 shadow-[var(--shadow-card)] sm:px-8 sm:py-10 print:rounded-none print:px-0 print:shadow-none">
      <p className="text-xs font-bold tracking-widest tabular-nums" style={{ color: accent }}>
        {String(number).padStart(2, '0')}
      </p>
      <h2 id={`${id}-title`} className="mt-1 text-2xl font-bold tracking-tight text-ink sm:text-3xl" style={{ fontFamily: headingFont }}>
        {title}
      </h2>
      <div aria-hidden="true" className="mt-3 mb-8 h-1 w-12 rounded-full" style={{ backgroundColor: accent }} />
      <div className="flex flex-col gap-10">{children}</div>
    </section>
  );
}

export function KitBlock({ title, children, className }: { title?: string; children: ReactNode; className?: string }) {
  return (
    <div className={cn('kit-block', className)}>
      {title && <h3 className="mb-3 text-lg font-semibold text-ink">{title}</h3>}
      {children}
    </div>
  );
}

export function Eyebrow({ children }: { children: ReactNode }) {
  return <p className="mb-1.5 text-xs font-semibold tracking-wider text-muted uppercase">{children}</p>;
}

export function NotYet({ children }: { children: ReactNode }) {
  return <p className="text-sm text-muted italic">{children}</p>;
}

/** A quotation with an accent bar. */
export function Callout({ children, accent, large = false }: { children: ReactNode; accent: string; large?: boolean }) {
  return (
    <blockquote className={cn('border-l-4 pl-4 text-ink', large ? 'text-lg leading-relaxed sm:text-xl' : 'text-base leading-relaxed')} style={{ borderColor: accent }}>
      {children}
    </blockquote>
  );
}
