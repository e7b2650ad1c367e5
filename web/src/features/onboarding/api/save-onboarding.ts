import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { OnboardingList, SaveOnboarding } from '@/lib/api/types';
import { onboardingQueryKey } from './get-onboarding';

export function saveOnboarding(body: SaveOnboarding): Promise<OnboardingList> {
  return unwrap(api.PUT('/api/v1/onboarding', { body }));
}

export function useSaveOnboarding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveOnboarding,
    onSuccess: (data) => queryClient.setQueryData(onboardingQueryKey, data),
  });
}
