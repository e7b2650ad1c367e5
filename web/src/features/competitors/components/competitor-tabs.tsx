import { NavLink } from 'react-router';
import { cn } from '@/lib/cn';

const TABS = [
  { to: '/competitors', label: 'Competitors', end: true },
  { to: '/competitors/analysis', label: 'Compare', end: false },
];

/** Between the list and the side-by-side comparison. */
export function CompetitorTabs() {
  return (
    <nav aria-label="Competitor views" className="mb-6 flex gap-1 border-b border-line">
      {TABS.map((t) => (
        <NavLink
          key={t.to}
          to={t.to}
          end={t.end}
          className={({ isActive }) =>
            cn(
              '-mb-px inline-flex min-h-11 items-center border-b-2 px-4 text-sm font-medium focus-visible:rounded-t-md focus-visible:outline-2 focus-visible:outline-primary',
              isActive ? 'border-primary text-ink' : 'border-transparent text-muted hover:text-ink',
            )
          }
        >
          {t.label}
        </NavLink>
      ))}
    </nav>
  );
}
