import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CrawlSummary } from '@/lib/api/types';
import { isFinished } from '../lib/crawl-status';
import { crawlKey } from './keys';

export function getCrawl(id: string): Promise<CrawlSummary> {
  return unwrap(api.GET('/api/v1/crawls/{id}', { params: { path: { id } } }));
}

/** One crawl. `pollMs` polls it while unfinished: the fallback when the event stream is not available. */
export function crawlQueryOptions(id: string, pollMs: number | false = false) {
  return queryOptions({
    queryKey: crawlKey(id),
    queryFn: () => getCrawl(id),
    refetchInterval: (q) => (pollMs && !(q.state.data && isFinished(q.state.data.status)) ? pollMs : false),
  });
}

export function useCrawl(id: string, pollMs: number | false = false) {
  return useQuery(crawlQueryOptions(id, pollMs));
}
