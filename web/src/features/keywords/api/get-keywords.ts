import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Intent, KeywordList, KeywordSort } from '@/lib/api/types';
import { keywordsKey } from './keys';

export type KeywordFilters = { cluster?: number; intent?: Intent; q?: string; gap?: boolean; sort?: KeywordSort };

export const KEYWORDS_LIMIT = 200;

/** The keyword map merged with imported metrics: the keywords passing the filters, and every cluster. */
export function getKeywords(f: KeywordFilters): Promise<KeywordList> {
  return unwrap(
    api.GET('/api/v1/keywords', {
      params: { query: { cluster: f.cluster, intent: f.intent, q: f.q || undefined, gap: f.gap || undefined, sort: f.sort, limit: KEYWORDS_LIMIT } },
    }),
  );
}

export function keywordsQueryOptions(f: KeywordFilters) {
  return queryOptions({ queryKey: [...keywordsKey, 'list', f], queryFn: () => getKeywords(f), placeholderData: keepPreviousData });
}

export function useKeywords(f: KeywordFilters) {
  return useQuery(keywordsQueryOptions(f));
}
