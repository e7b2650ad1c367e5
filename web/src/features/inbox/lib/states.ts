import type { BadgeTone } from '@/components/ui/badge';
import type { InboxCounts, ItemState } from '@/lib/api/types';

export type StateTab = { key: string; label: string; states: ItemState[] };

/** The list's tabs; "Queued/Running" and "All" cover several states at once. */
export const STATE_TABS: StateTab[] = [
  { key: 'awaiting_review', label: 'Awaiting review', states: ['awaiting_review'] },
  { key: 'in_progress', label: 'In progress', states: ['queued', 'running'] },
  { key: 'approved', label: 'Approved', states: ['approved', 'scheduled', 'published'] },
  { key: 'rejected', label: 'Rejected', states: ['rejected'] },
  { key: 'failed', label: 'Failed', states: ['failed'] },
  { key: 'all', label: 'All', states: [] },
];

export function tabByKey(key: string | null): StateTab {
  return STATE_TABS.find((t) => t.key === key) ?? STATE_TABS[0];
}

export function tabCount(tab: StateTab, counts: InboxCounts | undefined): number | null {
  if (!counts) return null;
  const states: ItemState[] = tab.states.length
    ? tab.states
    : ['queued', 'running', 'awaiting_review', 'approved', 'rejected', 'scheduled', 'published', 'failed'];
  return states.reduce((n, s) => n + (counts[s] ?? 0), 0);
}

export const STATE_INFO: Record<ItemState, { label: string; tone: BadgeTone }> = {
  queued: { label: 'Queued', tone: 'neutral' },
  running: { label: 'Writing', tone: 'info' },
  // Waiting on a person, not an alarm: amber, never red.
  awaiting_review: { label: 'Awaiting review', tone: 'warning' },
  approved: { label: 'Approved', tone: 'success' },
  rejected: { label: 'Rejected', tone: 'danger' },
  scheduled: { label: 'Scheduled', tone: 'success' },
  published: { label: 'Published', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
};

export function isWriting(state: ItemState): boolean {
  return state === 'queued' || state === 'running';
}
