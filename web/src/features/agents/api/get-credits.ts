import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CreditSummary } from '@/lib/api/types';

export function getCredits(): Promise<CreditSummary> {
  return unwrap(api.GET('/api/v1/credits'));
}

export const creditsQueryKey = ['credits'] as const;

export function creditsQueryOptions() {
  return queryOptions({ queryKey: creditsQueryKey, queryFn: getCredits });
}

export function useCredits() {
  return useQuery(creditsQueryOptions());
}
