import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Trend } from '@/lib/api/types';
import { trendKey } from './keys';

/** Health and issues per finished crawl, oldest first. */
export function getTrend(siteId: string): Promise<Trend> {
  return unwrap(api.GET('/api/v1/research/sites/{id}/trend', { params: { path: { id: siteId } } }));
}

export function trendQueryOptions(siteId: string) {
  return queryOptions({ queryKey: trendKey(siteId), queryFn: () => getTrend(siteId) });
}

export function useTrend(siteId: string) {
  return useQuery(trendQueryOptions(siteId));
}
