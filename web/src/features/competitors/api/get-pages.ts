import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CompetitorPageList } from '@/lib/api/types';
import { competitorPagesKey } from './keys';

export function getCompetitorPages(id: string): Promise<CompetitorPageList> {
  return unwrap(api.GET('/api/v1/competitors/{id}/pages', { params: { path: { id } } }));
}

export function useCompetitorPages(id: string) {
  return useQuery(queryOptions({ queryKey: competitorPagesKey(id), queryFn: () => getCompetitorPages(id) }));
}
