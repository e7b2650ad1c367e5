import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { AiSettings } from '@/lib/api/types';

/** The provider the agents write with. The key itself is never returned, only whether one is set and its last characters. */
export function getAiSettings(): Promise<AiSettings> {
  return unwrap(api.GET('/api/v1/ai/settings'));
}

export const aiSettingsQueryKey = ['ai', 'settings'] as const;

export function aiSettingsQueryOptions() {
  return queryOptions({ queryKey: aiSettingsQueryKey, queryFn: getAiSettings });
}

export function useAiSettings() {
  return useQuery(aiSettingsQueryOptions());
}
