import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { VoiceSearchResult } from '@/lib/api/types';

export function searchVoice(id: string, q: string): Promise<VoiceSearchResult> {
  return unwrap(api.GET('/api/v1/brands/{id}/voice/search', { params: { path: { id }, query: { q } } }));
}

export function voiceSearchQueryOptions(id: string, q: string) {
  const query = q.trim();
  return queryOptions({
    queryKey: ['brands', 'voice-search', id, query] as const,
    queryFn: () => searchVoice(id, query),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useVoiceSearch(id: string, q: string) {
  return useQuery(voiceSearchQueryOptions(id, q));
}
