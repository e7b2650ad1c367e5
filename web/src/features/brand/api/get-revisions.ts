import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RevisionPage } from '@/lib/api/types';

export function getRevisions(id: string, cursor?: string | null): Promise<RevisionPage> {
  return unwrap(api.GET('/api/v1/brands/{id}/revisions', { params: { path: { id }, query: { limit: 50, cursor: cursor ?? undefined } } }));
}

export const revisionsQueryKey = (id: string) => ['brands', 'revisions', id] as const;

export function revisionsQueryOptions(id: string) {
  return infiniteQueryOptions({
    queryKey: revisionsQueryKey(id),
    queryFn: ({ pageParam }) => getRevisions(id, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

export function useRevisions(id: string) {
  return useInfiniteQuery(revisionsQueryOptions(id));
}
