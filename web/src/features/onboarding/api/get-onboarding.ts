import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { OnboardingList } from '@/lib/api/types';

export function getOnboarding(): Promise<OnboardingList> {
  return unwrap(api.GET('/api/v1/onboarding'));
}

/** Shared with the dashboard checklist, so that a saved step shows there at once. */
export const onboardingQueryKey = ['onboarding'] as const;

export function onboardingQueryOptions() {
  return queryOptions({ queryKey: onboardingQueryKey, queryFn: getOnboarding });
}

export function useOnboarding() {
  return useQuery(onboardingQueryOptions());
}
