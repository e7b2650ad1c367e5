import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CrawlList } from '@/lib/api/types';
import { crawlsKey } from './keys';

/** The site's crawls, newest first. */
export function getCrawls(siteId: string): Promise<CrawlList> {
  return unwrap(api.GET('/api/v1/research/sites/{id}/crawls', { params: { path: { id: siteId } } }));
}

export function crawlsQueryOptions(siteId: string) {
  return queryOptions({ queryKey: crawlsKey(siteId), queryFn: () => getCrawls(siteId) });
}

export function useCrawls(siteId: string) {
  return useQuery(crawlsQueryOptions(siteId));
}
