import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { authFetch } from '@/lib/api/client';
import { toProblemError } from '@/lib/api/problem';
import type { Intent, KeywordList, KeywordSort } from '@/lib/api/types';
import { keywordsKey } from './keys';

export type KeywordFilters = { cluster?: number; intent?: Intent; q?: string; gap?: boolean; sort?: KeywordSort };

export const KEYWORDS_LIMIT = 200;

/** The query string of a keyword list: only the filters that are set. */
export function keywordQuery(f: KeywordFilters): URLSearchParams {
  const q = new URLSearchParams();
  if (f.cluster !== undefined) q.set('cluster', String(f.cluster));
  if (f.intent) q.set('intent', f.intent);
  if (f.q) q.set('q', f.q);
  if (f.gap) q.set('gap', 'true');
  if (f.sort) q.set('sort', f.sort);
  q.set('limit', String(KEYWORDS_LIMIT));
  return q;
}

/**
 * The keyword map merged with imported metrics: the keywords passing the filters, and every cluster.
 * Built by hand rather than through the typed client: the OpenAPI document shares this operation's
 * id (`list`) with other list operations, so the generated types describe another response.
 */
export async function getKeywords(f: KeywordFilters): Promise<KeywordList> {
  const res = await authFetch(new Request(`${window.location.origin}/api/v1/keywords?${keywordQuery(f)}`, { headers: { Accept: 'application/json' } }));
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw toProblemError(res.status, body, res.headers);
  return body as KeywordList;
}

export function keywordsQueryOptions(f: KeywordFilters) {
  return queryOptions({ queryKey: [...keywordsKey, 'list', f], queryFn: () => getKeywords(f), placeholderData: keepPreviousData });
}

export function useKeywords(f: KeywordFilters) {
  return useQuery(keywordsQueryOptions(f));
}
