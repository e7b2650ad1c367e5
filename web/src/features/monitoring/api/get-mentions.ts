import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { MentionPage } from '@/lib/api/types';
import { mentionsKey } from './keys';

export type MentionFilters = { entity?: string; sentiment?: string };

export function getMentions(f: MentionFilters): Promise<MentionPage> {
  return unwrap(
    api.GET('/api/v1/monitoring/mentions', { params: { query: { entity: f.entity || undefined, sentiment: f.sentiment || undefined, limit: 50 } } }),
  );
}

export function useMentions(f: MentionFilters) {
  return useQuery(queryOptions({ queryKey: [...mentionsKey, f], queryFn: () => getMentions(f), placeholderData: keepPreviousData }));
}
