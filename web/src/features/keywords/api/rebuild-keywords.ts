import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { KeywordList } from '@/lib/api/types';
import { keywordsKey } from './keys';

/** Builds the map again from our latest crawls and the competitors' latest snapshots. */
export function rebuildKeywords(): Promise<KeywordList> {
  return unwrap(api.POST('/api/v1/keywords/rebuild'));
}

export function useRebuildKeywords() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rebuildKeywords,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keywordsKey }),
  });
}
