import { NAV_ITEMS, navItemsFor } from './nav-items';

const labels = (perms: string[] | undefined) => navItemsFor(perms).map((i) => i.label);

describe('navItemsFor', () => {
  it('shows everything to an Admin', () => {
    expect(labels(['org_read', 'org_update', 'members_read', 'members_manage', 'audit_read', 'mail_read', 'jobs_read'])).toEqual([
      'Dashboard',
      'Inbox',
      'Brand',
      'Assets',
      'Members',
      'Audit log',
      'Mail outbox',
      'Security',
    ]);
  });

  it('hides Members, Audit log and Mail outbox from a Viewer', () => {
    expect(labels(['org_read', 'jobs_read'])).toEqual(['Dashboard', 'Inbox', 'Brand', 'Assets', 'Security']);
  });

  it('shows Members but not Audit or Mail to a Manager', () => {
    expect(labels(['org_read', 'members_read', 'jobs_read', 'jobs_manage', 'content_write', 'content_approve'])).toEqual(['Dashboard', 'Inbox', 'Brand', 'Assets', 'Members', 'Security']);
  });

  it('keeps only the pages without a permission while permissions are unknown', () => {
    expect(labels(undefined)).toEqual(['Dashboard', 'Inbox', 'Brand', 'Assets', 'Security']);
  });

  it('lists only pages that exist', () => {
    expect(NAV_ITEMS.map((i) => i.to)).toEqual(['/', '/inbox', '/brands', '/assets', '/settings/members', '/settings/audit-log', '/settings/mail', '/settings/security']);
  });
});
