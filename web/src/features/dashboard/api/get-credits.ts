import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CreditSummary } from '@/lib/api/types';

/** The organization's credit balance and latest movements. */
export function getCredits(): Promise<CreditSummary> {
  return unwrap(api.GET('/api/v1/credits'));
}

export function creditsQueryOptions() {
  return queryOptions({ queryKey: ['credits'] as const, queryFn: getCredits });
}

export function useCredits() {
  return useQuery(creditsQueryOptions());
}
