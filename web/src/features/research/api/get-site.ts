import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Site } from '@/lib/api/types';
import { siteKey } from './keys';

export function getSite(id: string): Promise<Site> {
  return unwrap(api.GET('/api/v1/research/sites/{id}', { params: { path: { id } } }));
}

export function siteQueryOptions(id: string) {
  return queryOptions({ queryKey: siteKey(id), queryFn: () => getSite(id) });
}

export function useSite(id: string) {
  return useQuery(siteQueryOptions(id));
}
