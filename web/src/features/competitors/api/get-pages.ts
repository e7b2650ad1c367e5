import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CompetitorPageList } from '@/lib/api/types';
import { competitorPagesKey } from './keys';
import { requestJson } from './request';

export function getCompetitorPages(id: string): Promise<CompetitorPageList> {
  return requestJson('GET', `/competitors/${encodeURIComponent(id)}/pages`);
}

export function useCompetitorPages(id: string) {
  return useQuery(queryOptions({ queryKey: competitorPagesKey(id), queryFn: () => getCompetitorPages(id) }));
}
