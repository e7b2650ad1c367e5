/** Snapshot runs: which states are still moving, and how far a running one has got. */
import type { SnapshotProgress, SnapshotStatus } from '@/lib/api/types';

export function isSnapshotActive(status: SnapshotStatus | null | undefined): boolean {
  return status === 'queued' || status === 'running';
}

export const SNAPSHOT_STATUS_LABELS: Record<SnapshotStatus, string> = {
  queued: 'Queued',
  running: 'Taking snapshot',
  succeeded: 'Up to date',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** 0 to 100; a queued run or one that has not counted its pages yet is at 0. */
export function snapshotPercent(progress: SnapshotProgress | null | undefined): number {
  if (!progress || progress.pages_total <= 0) return 0;
  return Math.min(100, Math.round((progress.pages_done / progress.pages_total) * 100));
}

export function progressSentence(progress: SnapshotProgress | null | undefined): string {
  if (!progress) return 'Waiting for a worker…';
  const pages = `${progress.pages_done} of ${progress.pages_total} page${progress.pages_total === 1 ? '' : 's'}`;
  return progress.url ? `${pages} · reading ${progress.url}` : pages;
}

export const SCHEDULES = [
  { value: 'off', label: 'Manual only', description: 'Snapshot only when you ask' },
  { value: 'daily', label: 'Daily', description: 'A snapshot every day' },
  { value: 'weekly', label: 'Weekly', description: 'A snapshot every week' },
] as const;

export function scheduleLabel(s: string): string {
  return SCHEDULES.find((x) => x.value === s)?.label ?? s;
}
