import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CompetitorList } from '@/lib/api/types';
import { competitorListKey } from './keys';
import { requestJson } from './request';

export function getCompetitors(): Promise<CompetitorList> {
  return requestJson('GET', '/competitors');
}

export function competitorsQueryOptions() {
  return queryOptions({ queryKey: competitorListKey, queryFn: getCompetitors });
}

export function useCompetitors() {
  return useQuery(competitorsQueryOptions());
}
