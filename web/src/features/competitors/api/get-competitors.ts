import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CompetitorList } from '@/lib/api/types';
import { competitorListKey } from './keys';

export function getCompetitors(): Promise<CompetitorList> {
  return unwrap(api.GET('/api/v1/competitors'));
}

export function competitorsQueryOptions() {
  return queryOptions({ queryKey: competitorListKey, queryFn: getCompetitors });
}

export function useCompetitors() {
  return useQuery(competitorsQueryOptions());
}
