import { BookOpen, ClipboardCheck, GraduationCap, History, ListChecks, Megaphone, Palette, ShieldCheck, Users, type LucideIcon } from 'lucide-react';
import { NavLink, Outlet, useLocation, useParams } from 'react-router';
import { BrandSwitcher } from '@/features/brand/components/brand-switcher';
import { cn } from '@/lib/cn';
import { useShell } from './shell-context';

type Section = { to: string; label: string; icon: LucideIcon };

/** The sections of one brand, in the order a team fills them in. */
export const BRAND_SECTIONS: Section[] = [
  { to: 'foundation', label: 'Foundation', icon: BookOpen },
  { to: 'voice', label: 'Voice', icon: Megaphone },
  { to: 'personas', label: 'Personas', icon: Users },
  { to: 'visual', label: 'Visual identity', icon: Palette },
  { to: 'kit', label: 'Brand kit', icon: ClipboardCheck },
  { to: 'checks', label: 'Checks', icon: ShieldCheck },
  { to: 'approvals', label: 'Approvals', icon: ListChecks },
  { to: 'learning', label: 'Learning', icon: GraduationCap },
  { to: 'revisions', label: 'Revisions', icon: History },
];

/** Section tabs above every page of one brand; the pages read `brandId` from the URL. */
export function BrandLayout() {
  const shell = useShell();
  const { brandId = '' } = useParams();
  const section = useLocation().pathname.split('/')[3] || 'foundation';
  return (
    <div>
      <div className="-ml-2 mb-2 print:hidden">
        <BrandSwitcher brandId={brandId} section={section} />
      </div>
      <nav aria-label="Brand sections" className="-mx-4 mb-6 overflow-x-auto border-b border-line px-4 sm:mx-0 sm:px-0 print:hidden">
        <ul className="flex min-w-max gap-1">
          {BRAND_SECTIONS.map(({ to, label, icon: Icon }) => (
            <li key={to}>
              <NavLink
                to={`/brands/${brandId}/${to}`}
                className={({ isActive }) =>
                  cn(
                    '-mb-px flex min-h-11 items-center gap-2 border-b-2 px-2.5 text-sm font-medium whitespace-nowrap transition-colors 2xl:px-3',
                    isActive ? 'border-coral text-ink' : 'border-transparent text-muted hover:text-ink',
                  )
                }
              >
                {/* Nine sections fit one row on a laptop only without icons. */}
                <Icon className="hidden size-4 2xl:block" aria-hidden="true" />
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={shell} />
    </div>
  );
}
