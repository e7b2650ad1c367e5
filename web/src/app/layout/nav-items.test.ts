import { NAV_ITEMS, navItemsFor } from './nav-items';

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
      'Members',
      'Audit log',
      'Mail outbox',
      'AI settings',
      'Security',
    ]);
  });

  it('hides Members, Audit log and Mail outbox from a Viewer', () => {
    expect(labels(['org_read', 'jobs_read'])).toEqual(['Dashboard', 'Inbox', 'Brand', 'Assets', 'Library', 'Checker', 'Security']);
  });

  it('shows Members but not Audit or Mail to a Manager', () => {
    expect(labels(['org_read', 'members_read', 'jobs_read', 'jobs_manage', 'content_write', 'content_approve'])).toEqual(['Dashboard', 'Inbox', 'Create', 'Brand', 'Assets', 'Library', 'Checker', 'Members', 'Security']);
  });

  it('keeps only the pages without a permission while permissions are unknown', () => {
    expect(labels(undefined)).toEqual(['Dashboard', 'Inbox', 'Brand', 'Assets', 'Library', 'Checker', 'Security']);
  });

  it('lists only pages that exist', () => {
    expect(NAV_ITEMS.map((i) => i.to)).toEqual(['/', '/inbox', '/create', '/brands', '/assets', '/library', '/compliance', '/settings/members', '/settings/audit-log', '/settings/mail', '/settings/ai', '/settings/security']);
  });
});
