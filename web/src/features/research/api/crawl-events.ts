/** GET /api/v1/crawls/{id}/events: the crawl's progress as server-sent events (`progress`, then `done`). */
import type { CrawlSummary } from '@/lib/api/types';
import { streamEvents, type StreamEnd } from '@/lib/event-stream';

export type CrawlStreamEnd = StreamEnd;

/** Streams the crawl's events into `onCrawl`; see `streamEvents` for how it ends and fails. */
export function streamCrawlEvents(id: string, onCrawl: (crawl: CrawlSummary, final: boolean) => void, signal: AbortSignal): Promise<CrawlStreamEnd> {
  return streamEvents(`/api/v1/crawls/${encodeURIComponent(id)}/events`, onCrawl, signal);
}
