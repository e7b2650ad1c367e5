import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { LibraryPage } from '@/lib/api/types';

export type LibraryFilters = { brandId?: string; channel?: string };

/** Approved content, newest first, with the chosen variant and its review. */
export function getContentLibrary(filters: LibraryFilters, cursor?: string | null): Promise<LibraryPage> {
  return unwrap(
    api.GET('/api/v1/content-library', {
      params: { query: { brand_id: filters.brandId || undefined, channel: filters.channel || undefined, limit: 24, cursor: cursor ?? undefined } },
    }),
  );
}

export function contentLibraryQueryOptions(filters: LibraryFilters) {
  return infiniteQueryOptions({
    queryKey: ['content-library', filters.brandId ?? '', filters.channel ?? ''] as const,
    queryFn: ({ pageParam }) => getContentLibrary(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

export function useContentLibrary(filters: LibraryFilters) {
  return useInfiniteQuery(contentLibraryQueryOptions(filters));
}
