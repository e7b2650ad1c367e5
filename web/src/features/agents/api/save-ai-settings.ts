import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { AiSettings, AiSettingsInput } from '@/lib/api/types';
import { aiSettingsQueryKey } from './get-ai-settings';
import { writerQueryKey } from './get-writer';

/** Omit `api_key` to keep the stored key, send `""` to remove it. */
export function saveAiSettings(body: AiSettingsInput): Promise<AiSettings> {
  return unwrap(api.PUT('/api/v1/ai/settings', { body }));
}

export function useSaveAiSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveAiSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(aiSettingsQueryKey, saved);
      // Who writes, and in which languages, follows the settings.
      void queryClient.invalidateQueries({ queryKey: writerQueryKey });
    },
  });
}
