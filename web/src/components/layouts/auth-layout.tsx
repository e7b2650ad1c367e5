import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Card } from '@/components/ui/card';
import { Logo } from '@/components/ui/logo';
import { Quote } from '@/components/ui/quote';

export function AuthLayout({ title, description, children, footer }: { title: ReactNode; description?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="grid min-h-dvh lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
      <aside className="relative hidden overflow-hidden bg-primary p-12 text-white lg:flex lg:flex-col lg:justify-between">
        <Logo light />
        <div className="max-w-md">
          <p className="font-heading text-3xl leading-tight font-semibold text-white">Your brand, researched, written and measured, on your own server.</p>
          <div className="mt-8 rounded-[var(--radius-card)] bg-white/95 p-5">
            <Quote cite="The Brandium promise">Every draft stands on your brand foundation: voice, values and the people you serve.</Quote>
          </div>
        </div>
        <p className="text-sm text-white/85">Self-hosted. Your data stays yours.</p>
        <svg className="pointer-events-none absolute -right-24 -bottom-24 size-96 text-white/10" viewBox="0 0 100 100" fill="none" stroke="currentColor" strokeWidth="1" aria-hidden="true">
          {[10, 18, 26, 34, 42].map((r) => (
            <circle key={r} cx="50" cy="50" r={r} />
          ))}
        </svg>
      </aside>
      <main className="flex flex-col items-center justify-center px-4 py-10 sm:px-8">
        <div className="w-full max-w-md">
          <Link to="/" className="mb-8 inline-flex lg:hidden" aria-label="Brandium home">
            <Logo />
          </Link>
          <Card className="p-6 sm:p-8">
            <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
            {description && <p className="mt-1.5 text-sm text-muted">{description}</p>}
            <div className="mt-6">{children}</div>
          </Card>
          {footer && <div className="mt-6 text-center text-sm text-muted">{footer}</div>}
        </div>
      </main>
    </div>
  );
}
