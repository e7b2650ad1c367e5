import { Menu } from 'lucide-react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { Button } from '@/components/ui/button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';
import { Logo, LogoMark } from '@/components/ui/logo';
import { PageSpinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api/problem';
import type { Me } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { useMe } from '@/lib/auth/me';
import { tokenStore } from '@/lib/auth/token-store';
import { OrganizationSwitcher } from '@/features/organizations/components/organization-switcher';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { InboxNavBadge } from '@/features/inbox/components/inbox-nav-badge';
import { navItemsFor, splitForPhone, type NavItem } from './nav-items';
import { UserMenu } from './user-menu';

export type ShellContext = { me: Me };

function SideLink({ item }: { item: NavItem }) {
  const Icon = item.icon;
  return (
    <NavLink
      to={item.to}
      end={item.end}
      className={({ isActive }) =>
        cn(
          'relative flex min-h-10 items-center gap-3 rounded-[var(--radius-button)] px-3 text-sm font-medium transition-colors',
          isActive ? 'bg-primary-soft text-primary-hover before:absolute before:top-2 before:bottom-2 before:-left-3 before:w-1 before:rounded-r before:bg-coral' : 'text-slate hover:bg-mist hover:text-ink',
        )
      }
    >
      <Icon className="size-[18px] shrink-0" strokeWidth={2} aria-hidden="true" />
      {item.label}
      {item.to === '/inbox' && <InboxNavBadge />}
    </NavLink>
  );
}

function Sidebar({ me, items }: { me: Me; items: NavItem[] }) {
  const workspace = items.filter((i) => i.section === 'workspace');
  const settings = items.filter((i) => i.section === 'settings');
  return (
    <aside className="z-30 hidden w-64 shrink-0 border-r border-line bg-white md:block">
      <div className="sticky top-0 flex h-dvh flex-col">
      <div className="flex h-16 items-center justify-between gap-2 pr-2 pl-5">
        <NavLink to="/" aria-label="Brandium dashboard">
          <Logo />
        </NavLink>
        <NotificationBell />
      </div>
      <div className="px-3 pb-3">
        <OrganizationSwitcher current={me.organization} />
      </div>
      <nav aria-label="Main" className="flex flex-1 flex-col gap-6 overflow-y-auto px-3 py-2">
        <div className="flex flex-col gap-1">
          {workspace.map((i) => (
            <SideLink key={i.to} item={i} />
          ))}
        </div>
        {settings.length > 0 && (
          <div className="flex flex-col gap-1">
            <p className="px-3 pb-1 text-xs font-semibold tracking-wide text-muted uppercase">Settings</p>
            {settings.map((i) => (
              <SideLink key={i.to} item={i} />
            ))}
          </div>
        )}
      </nav>
      <div className="border-t border-line p-3">
        <UserMenu me={me} />
      </div>
      </div>
    </aside>
  );
}

function MobileTopBar({ me }: { me: Me }) {
  return (
    <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b border-line bg-white/95 px-3 backdrop-blur md:hidden">
      <NavLink to="/" aria-label="Brandium dashboard" className="shrink-0">
        <LogoMark />
      </NavLink>
      <div className="min-w-0 flex-1">
        <OrganizationSwitcher current={me.organization} compact />
      </div>
      <NotificationBell />
      <UserMenu me={me} compact />
    </header>
  );
}

const tabClass = 'relative flex min-h-14 w-full flex-col items-center justify-center gap-0.5 text-[11px] font-medium';

function BottomTabs({ items }: { items: NavItem[] }) {
  const { tabs, more } = splitForPhone(items);
  const location = useLocation();
  const moreActive = more.some((i) => (i.end ? location.pathname === i.to : location.pathname.startsWith(i.to)));
  return (
    <nav aria-label="Main" className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-white pb-[env(safe-area-inset-bottom)] md:hidden">
      <ul className="flex">
        {tabs.map((item) => {
          const Icon = item.icon;
          return (
            <li key={item.to} className="flex-1">
              <NavLink
                to={item.to}
                end={item.end}
                className={({ isActive }) => cn(tabClass, isActive ? 'text-primary shadow-[inset_0_2px_0_var(--color-coral)]' : 'text-muted hover:text-ink')}
              >
                <Icon className="size-5" strokeWidth={2} aria-hidden="true" />
                {item.short}
                {item.to === '/inbox' && <InboxNavBadge compact />}
              </NavLink>
            </li>
          );
        })}
        {more.length > 0 && (
          <li className="flex-1">
            <DropdownMenu>
              <DropdownMenuTrigger className={cn(tabClass, moreActive ? 'text-primary shadow-[inset_0_2px_0_var(--color-coral)]' : 'text-muted hover:text-ink')}>
                <Menu className="size-5" strokeWidth={2} aria-hidden="true" />
                More
              </DropdownMenuTrigger>
              <DropdownMenuContent align="end" side="top" className="min-w-52">
                {more.map((item) => {
                  const Icon = item.icon;
                  return (
                    <DropdownMenuItem key={item.to} asChild>
                      <NavLink to={item.to} end={item.end} className="flex items-center gap-3">
                        <Icon className="size-4 shrink-0" strokeWidth={2} aria-hidden="true" />
                        {item.label}
                      </NavLink>
                    </DropdownMenuItem>
                  );
                })}
              </DropdownMenuContent>
            </DropdownMenu>
          </li>
        )}
      </ul>
    </nav>
  );
}

export function AppShell() {
  const me = useMe();

  if (me.isPending) return <PageSpinner label="Loading your workspace" />;
  if (me.isError) {
    return (
      <div role="alert" className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-6 text-center">
        <LogoMark className="size-10" />
        <h1 className="text-xl font-semibold">We couldn't load your workspace</h1>
        <p className="text-sm text-muted">{errorMessage(me.error)}</p>
        <div className="flex gap-2">
          <Button onClick={() => me.refetch()}>Try again</Button>
          <Button variant="secondary" onClick={() => tokenStore.clear()}>
            Sign out
          </Button>
        </div>
      </div>
    );
  }

  const items = navItemsFor(me.data.permissions);
  return (
    <div className="min-h-dvh md:flex">
      <a href="#main" className="sr-only z-50 rounded-[var(--radius-button)] bg-white px-4 py-2 text-sm font-medium text-primary shadow-[var(--shadow-pop)] focus:not-sr-only focus:fixed focus:top-3 focus:left-3">
        Skip to content
      </a>
      <Sidebar me={me.data} items={items} />
      <MobileTopBar me={me.data} />
      <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 pt-6 pb-24 focus:outline-none sm:px-6 md:px-8 md:pt-8 md:pb-12">
        <div className="mx-auto w-full max-w-6xl">
          <Outlet context={{ me: me.data } satisfies ShellContext} />
        </div>
      </main>
      <BottomTabs items={items} />
    </div>
  );
}
