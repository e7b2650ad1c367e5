import { api, unwrap } from '@/lib/api/client';
import type { CrawlSummary } from '@/lib/api/types';

/** Queues the first crawl of a site; it runs in the background. */
export function startCrawl(siteId: string): Promise<CrawlSummary> {
  return unwrap(api.POST('/api/v1/research/sites/{id}/crawls', { params: { path: { id: siteId } } }));
}
