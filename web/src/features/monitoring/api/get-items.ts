import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { NewsItemPage } from '@/lib/api/types';
import { itemsKey } from './keys';

export type ItemFilters = { category?: string; impact?: string; minRelevance?: number; entity?: string; q?: string };

export function getItems(f: ItemFilters): Promise<NewsItemPage> {
  return unwrap(
    api.GET('/api/v1/monitoring/items', {
      params: {
        query: {
          category: f.category || undefined,
          impact: f.impact || undefined,
          min_relevance: f.minRelevance || undefined,
          entity: f.entity || undefined,
          q: f.q || undefined,
          limit: 50,
        },
      },
    }),
  );
}

export function useItems(f: ItemFilters) {
  return useQuery(queryOptions({ queryKey: [...itemsKey, f], queryFn: () => getItems(f), placeholderData: keepPreviousData }));
}
