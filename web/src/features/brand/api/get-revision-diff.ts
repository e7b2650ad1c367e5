import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RevisionDiff } from '@/lib/api/types';

/** Changes from version `from` to version `to`, or to the draft when `to` is `draft`. */
export function getRevisionDiff(id: string, from: number, to: string): Promise<RevisionDiff> {
  return unwrap(api.GET('/api/v1/brands/{id}/revisions/diff', { params: { path: { id }, query: { from: String(from), to } } }));
}

export function revisionDiffQueryOptions(id: string, from: number | null, to: string) {
  return queryOptions({
    queryKey: ['brands', 'diff', id, from, to] as const,
    queryFn: () => getRevisionDiff(id, from ?? 0, to),
    enabled: from !== null,
    placeholderData: keepPreviousData,
  });
}

export function useRevisionDiff(id: string, from: number | null, to: string) {
  return useQuery(revisionDiffQueryOptions(id, from, to));
}
