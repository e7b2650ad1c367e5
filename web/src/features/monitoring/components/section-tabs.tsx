import { Link, useSearchParams } from 'react-router';
import { cn } from '@/lib/cn';

/** Sections of a page kept in `?tab=`, so that a section can be linked to and survives a reload. */
export function useTab<T extends string>(tabs: readonly T[]): T {
  const [params] = useSearchParams();
  const t = params.get('tab') as T | null;
  return t && tabs.includes(t) ? t : tabs[0];
}

export function SectionTabs<T extends string>({ tabs, current, label }: { tabs: readonly { value: T; label: string }[]; current: T; label: string }) {
  return (
    <nav aria-label={label} className="mb-6 -mx-1 overflow-x-auto border-b border-line">
      <ul className="flex min-w-max gap-1 px-1">
        {tabs.map((t, i) => (
          <li key={t.value}>
            <Link
              to={i === 0 ? '?' : `?tab=${t.value}`}
              replace
              aria-current={current === t.value ? 'page' : undefined}
              className={cn(
                '-mb-px inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-medium whitespace-nowrap focus-visible:rounded-t-md focus-visible:outline-2 focus-visible:outline-primary',
                current === t.value ? 'border-primary text-ink' : 'border-transparent text-muted hover:text-ink',
              )}
            >
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
