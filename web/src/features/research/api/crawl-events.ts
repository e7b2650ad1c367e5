/**
 * GET /api/v1/crawls/{id}/events: the crawl's progress as server-sent events (`progress` with the
 * crawl on every change, then `done`). Read with fetch rather than EventSource, which cannot send the
 * bearer token; `authFetch` adds it and refreshes an expired one like every other call.
 */
import { authFetch } from '@/lib/api/client';
import { toProblemError } from '@/lib/api/problem';
import type { CrawlSummary } from '@/lib/api/types';
import { readSse } from '../lib/sse';

export type CrawlStreamEnd = 'done' | 'ended';

/**
 * Streams the crawl's events into `onCrawl` until `done` ('done') or until the server closes the
 * stream early ('ended'). Throws a ProblemError when the server refuses, and the fetch's error when
 * the connection fails or `signal` aborts.
 */
export async function streamCrawlEvents(id: string, onCrawl: (crawl: CrawlSummary, final: boolean) => void, signal: AbortSignal): Promise<CrawlStreamEnd> {
  const url = new URL(`/api/v1/crawls/${encodeURIComponent(id)}/events`, window.location.origin);
  const res = await authFetch(new Request(url, { headers: { Accept: 'text/event-stream' }, signal }));
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    throw toProblemError(res.status, body, res.headers);
  }
  if (!res.body) throw new Error('The browser cannot read streamed responses.');
  let finished = false;
  await readSse(res.body, (ev) => {
    if (ev.event !== 'progress' && ev.event !== 'done') return;
    let crawl: CrawlSummary;
    try {
      crawl = JSON.parse(ev.data) as CrawlSummary;
    } catch {
      return;
    }
    if (ev.event === 'done') finished = true;
    onCrawl(crawl, ev.event === 'done');
  });
  return finished ? 'done' : 'ended';
}
