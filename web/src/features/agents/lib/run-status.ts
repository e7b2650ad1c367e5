/** How runs and their items read in the interface. */
import type { BadgeTone } from '@/components/ui/badge';
import type { ItemState } from '@/lib/api/types';

export const FINISHED = ['completed', 'failed', 'cancelled'] as const;

export function isFinished(status: string): boolean {
  return (FINISHED as readonly string[]).includes(status);
}

export const RUN_STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  queued: { label: 'Queued', tone: 'neutral' },
  running: { label: 'Writing', tone: 'primary' },
  completed: { label: 'Completed', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  cancelled: { label: 'Cancelled', tone: 'warning' },
};

export function runStatus(status: string) {
  return RUN_STATUS[status] ?? { label: status, tone: 'neutral' as BadgeTone };
}

export const ITEM_STATE: Record<ItemState, { label: string; tone: BadgeTone }> = {
  queued: { label: 'Queued', tone: 'neutral' },
  running: { label: 'Writing', tone: 'primary' },
  awaiting_review: { label: 'Awaiting review', tone: 'coral' },
  approved: { label: 'Approved', tone: 'success' },
  rejected: { label: 'Rejected', tone: 'danger' },
  scheduled: { label: 'Scheduled', tone: 'primary' },
  published: { label: 'Published', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
};

export function itemState(state: string) {
  return ITEM_STATE[state as ItemState] ?? { label: state, tone: 'neutral' as BadgeTone };
}
