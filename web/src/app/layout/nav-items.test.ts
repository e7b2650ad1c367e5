import { NAV_ITEMS, PHONE_TABS, navItemsFor, splitForPhone } from './nav-items';

const labels = (perms: string[] | undefined) => navItemsFor(perms).map((i) => i.label);

describe('navItemsFor', () => {
  it('shows everything to an Admin', () => {
    expect(labels(['org_read', 'org_update', 'members_read', 'members_manage', 'audit_read', 'mail_read', 'jobs_read', 'content_write'])).toEqual([
      'Dashboard',
      'Inbox',
      'Create',
      'Brand',
      'Assets',
      'Library',
      'Checker',
      'Research',
      'Keywords',
      'Competitors',
      'Monitoring',
      'Alerts',
      'Members',
      'Audit log',
      'Mail outbox',
      'AI settings',
      'Security',
    ]);
  });

  it('hides Members, Audit log and Mail outbox from a Viewer', () => {
    expect(labels(['org_read', 'jobs_read'])).toEqual(['Dashboard', 'Inbox', 'Brand', 'Assets', 'Library', 'Checker', 'Research', 'Keywords', 'Competitors', 'Monitoring', 'Alerts', 'Security']);
  });

  it('shows Members but not Audit or Mail to a Manager', () => {
    expect(labels(['org_read', 'members_read', 'jobs_read', 'jobs_manage', 'content_write', 'content_approve'])).toEqual(['Dashboard', 'Inbox', 'Create', 'Brand', 'Assets', 'Library', 'Checker', 'Research', 'Keywords', 'Competitors', 'Monitoring', 'Alerts', 'Members', 'Security']);
  });

  it('keeps only the pages without a permission while permissions are unknown', () => {
    expect(labels(undefined)).toEqual(['Dashboard', 'Inbox', 'Brand', 'Assets', 'Library', 'Checker', 'Research', 'Keywords', 'Competitors', 'Monitoring', 'Alerts', 'Security']);
  });

  it('lists only pages that exist', () => {
    expect(NAV_ITEMS.map((i) => i.to)).toEqual(['/', '/inbox', '/create', '/brands', '/assets', '/library', '/compliance', '/research', '/keywords', '/competitors', '/monitoring', '/alerts', '/settings/members', '/settings/audit-log', '/settings/mail', '/settings/ai', '/settings/security']);
  });

  it('keeps the phone tab bar to four tabs and a More menu', () => {
    const all = navItemsFor(['org_read', 'org_update', 'members_read', 'audit_read', 'mail_read', 'content_write']);
    const { tabs, more } = splitForPhone(all);
    expect(tabs.map((i) => i.short)).toEqual(['Home', 'Inbox', 'Create', 'Brand']);
    expect(tabs).toHaveLength(PHONE_TABS);
    expect([...tabs, ...more]).toEqual(all);
    const few = all.slice(0, PHONE_TABS + 1);
    expect(splitForPhone(few)).toEqual({ tabs: few, more: [] });
  });
});
