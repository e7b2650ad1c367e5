import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';
import type { Intent, KeywordList, KeywordSort } from '@/lib/api/types';
import { keywordsKey } from './keys';

export type KeywordFilters = { cluster?: number; intent?: Intent; q?: string; gap?: boolean; sort?: KeywordSort };
type KeywordQuery = NonNullable<operations['list_keywords']['parameters']['query']>;

export const KEYWORDS_LIMIT = 200;

/** The query of a keyword list: only the filters that are set, so an unset filter never narrows the list. */
export function keywordQuery(f: KeywordFilters): KeywordQuery {
  const q: KeywordQuery = {};
  if (f.cluster !== undefined) q.cluster = f.cluster;
  if (f.intent) q.intent = f.intent;
  if (f.q) q.q = f.q;
  if (f.gap) q.gap = true;
  if (f.sort) q.sort = f.sort;
  q.limit = KEYWORDS_LIMIT;
  return q;
}

/** The keyword map merged with imported metrics: the keywords passing the filters, and every cluster. */
export function getKeywords(f: KeywordFilters): Promise<KeywordList> {
  return unwrap(api.GET('/api/v1/keywords', { params: { query: keywordQuery(f) } }));
}

export function keywordsQueryOptions(f: KeywordFilters) {
  return queryOptions({ queryKey: [...keywordsKey, 'list', f], queryFn: () => getKeywords(f), placeholderData: keepPreviousData });
}

export function useKeywords(f: KeywordFilters) {
  return useQuery(keywordsQueryOptions(f));
}
