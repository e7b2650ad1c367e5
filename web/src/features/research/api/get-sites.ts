import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { SiteList } from '@/lib/api/types';
import { isActive } from '../lib/crawl-status';
import { sitesKey } from './keys';

export function getSites(): Promise<SiteList> {
  return unwrap(api.GET('/api/v1/research/sites'));
}

export function sitesQueryOptions() {
  return queryOptions({
    queryKey: sitesKey,
    queryFn: getSites,
    // A crawl under way changes its site's card within seconds: follow it until it ends.
    refetchInterval: (q) => (q.state.data?.items.some((s) => isActive(s.last_crawl?.status)) ? 3000 : false),
  });
}

export function useSites() {
  return useQuery(sitesQueryOptions());
}
