import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PageList } from '@/lib/api/types';
import { crawlKey } from './keys';

export type PageFilters = { q?: string; errors?: boolean; offset?: number };

export const PAGES_PAGE_SIZE = 25;

export function getPages(crawlId: string, f: PageFilters): Promise<PageList> {
  return unwrap(
    api.GET('/api/v1/crawls/{id}/pages', {
      params: { path: { id: crawlId }, query: { q: f.q || undefined, errors: f.errors || undefined, limit: PAGES_PAGE_SIZE, offset: f.offset || undefined } },
    }),
  );
}

export function pagesQueryOptions(crawlId: string, f: PageFilters) {
  return queryOptions({ queryKey: [...crawlKey(crawlId), 'pages', f], queryFn: () => getPages(crawlId, f), placeholderData: keepPreviousData });
}

export function usePages(crawlId: string, f: PageFilters) {
  return useQuery(pagesQueryOptions(crawlId, f));
}
