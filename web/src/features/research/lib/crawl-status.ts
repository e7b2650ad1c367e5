/** How crawls read in the interface. */
import type { BadgeTone } from '@/components/ui/badge';
import type { CrawlSchedule } from '@/lib/api/types';

export const FINISHED = ['succeeded', 'failed', 'cancelled'] as const;

export function isFinished(status: string): boolean {
  return (FINISHED as readonly string[]).includes(status);
}

/** Queued or running: the site cannot start another crawl until it ends. */
export function isActive(status: string | undefined | null): boolean {
  return status === 'queued' || status === 'running';
}

const CRAWL_STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  queued: { label: 'Queued', tone: 'neutral' },
  running: { label: 'Crawling', tone: 'primary' },
  succeeded: { label: 'Finished', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  cancelled: { label: 'Cancelled', tone: 'warning' },
};

export function crawlStatus(status: string) {
  return CRAWL_STATUS[status] ?? { label: status, tone: 'neutral' as BadgeTone };
}

const STOPPED: Record<string, string> = {
  completed: 'Crawled every page it found',
  page_limit: 'Stopped at the page budget',
  byte_limit: 'Stopped at the download limit',
  cancelled: 'Stopped on request',
};

/** Why a crawl stopped, as a sentence; null when it did not say. */
export function stoppedReason(stopped: string | null | undefined): string | null {
  if (!stopped) return null;
  return STOPPED[stopped] ?? stopped;
}

export const SCHEDULES: { value: CrawlSchedule; label: string; description: string }[] = [
  { value: 'off', label: 'Off', description: 'Crawl only when you start one' },
  { value: 'daily', label: 'Daily', description: 'A crawl every day' },
  { value: 'weekly', label: 'Weekly', description: 'A crawl every week' },
];

export function scheduleLabel(s: string): string {
  return SCHEDULES.find((x) => x.value === s)?.label ?? s;
}
