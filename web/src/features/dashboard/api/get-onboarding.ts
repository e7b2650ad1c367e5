import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { OnboardingList } from '@/lib/api/types';

export function getOnboarding(): Promise<OnboardingList> {
  return unwrap(api.GET('/api/v1/onboarding'));
}

export function onboardingQueryOptions() {
  return queryOptions({ queryKey: ['onboarding'], queryFn: getOnboarding });
}

export function useOnboarding() {
  return useQuery(onboardingQueryOptions());
}
