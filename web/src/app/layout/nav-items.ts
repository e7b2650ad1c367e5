import { BellRing, Bot, Crosshair, Fingerprint, History, Images, Inbox, KeyRound, LayoutDashboard, LibraryBig, Mail, Newspaper, PenLine, Radar, ShieldCheck, SpellCheck, Users, type LucideIcon } from 'lucide-react';
import type { Permission } from '@/lib/api/types';
import { filterByPermission } from '@/lib/auth/permissions';

export type NavItem = {
  to: string;
  label: string;
  /** Shorter label for the mobile tab bar. */
  short: string;
  icon: LucideIcon;
  section: 'workspace' | 'settings';
  permission?: Permission;
  end?: boolean;
};

/** How many entries the phone tab bar shows before the rest go under "More". */
export const PHONE_TABS = 4;

/** The phone tab bar: the first entries as tabs, the others in the "More" menu. */
export function splitForPhone(items: NavItem[]): { tabs: NavItem[]; more: NavItem[] } {
  if (items.length <= PHONE_TABS + 1) return { tabs: items, more: [] };
  return { tabs: items.slice(0, PHONE_TABS), more: items.slice(PHONE_TABS) };
}

/** Only pages that exist. Entries the user's permissions do not allow are hidden. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Dashboard', short: 'Home', icon: LayoutDashboard, section: 'workspace', end: true },
  { to: '/inbox', label: 'Inbox', short: 'Inbox', icon: Inbox, section: 'workspace' },
  { to: '/create', label: 'Create', short: 'Create', icon: PenLine, section: 'workspace', permission: 'content_write' },
  { to: '/brands', label: 'Brand', short: 'Brand', icon: Fingerprint, section: 'workspace' },
  { to: '/assets', label: 'Assets', short: 'Assets', icon: Images, section: 'workspace' },
  { to: '/library', label: 'Library', short: 'Library', icon: LibraryBig, section: 'workspace' },
  { to: '/compliance', label: 'Checker', short: 'Checker', icon: SpellCheck, section: 'workspace' },
  { to: '/research', label: 'Research', short: 'Research', icon: Radar, section: 'workspace' },
  { to: '/keywords', label: 'Keywords', short: 'Keywords', icon: KeyRound, section: 'workspace' },
  { to: '/competitors', label: 'Competitors', short: 'Rivals', icon: Crosshair, section: 'workspace' },
  { to: '/monitoring', label: 'Monitoring', short: 'News', icon: Newspaper, section: 'workspace' },
  { to: '/alerts', label: 'Alerts', short: 'Alerts', icon: BellRing, section: 'workspace' },
  { to: '/settings/members', label: 'Members', short: 'Members', icon: Users, section: 'settings', permission: 'members_read' },
  { to: '/settings/audit-log', label: 'Audit log', short: 'Audit', icon: History, section: 'settings', permission: 'audit_read' },
  { to: '/settings/mail', label: 'Mail outbox', short: 'Mail', icon: Mail, section: 'settings', permission: 'mail_read' },
  { to: '/settings/ai', label: 'AI settings', short: 'AI', icon: Bot, section: 'settings', permission: 'org_update' },
  { to: '/settings/security', label: 'Security', short: 'Security', icon: ShieldCheck, section: 'settings' },
];

export function navItemsFor(permissions: readonly string[] | undefined): NavItem[] {
  return filterByPermission(NAV_ITEMS, permissions);
}
