import type { InboxCounts } from '@/lib/api/types';
import { inboxBadge } from './inbox-nav-badge';

const counts = { queued: 0, running: 1, awaiting_review: 7, approved: 3, rejected: 0, scheduled: 0, published: 0, failed: 0, needs_me: 4 } satisfies InboxCounts;

describe('inboxBadge', () => {
  it('shows approvers what waits for their own decision, as a call to act', () => {
    expect(inboxBadge(counts, true)).toEqual({ count: 4, text: '4', tone: 'act', label: '4 waiting for your review' });
  });

  it('shows everyone else how much awaits review, quietly', () => {
    expect(inboxBadge(counts, false)).toMatchObject({ count: 7, tone: 'info', label: '7 awaiting review' });
  });

  it('shows nothing at zero or before the counts load, and caps the text', () => {
    expect(inboxBadge({ ...counts, needs_me: 0 }, true)).toBeNull();
    expect(inboxBadge(undefined, true)).toBeNull();
    expect(inboxBadge({ ...counts, needs_me: 150 }, true)?.text).toBe('99+');
  });
});
