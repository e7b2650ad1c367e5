import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { AssetKind, SearchResults } from '@/lib/api/types';
import { assetsQueryKey } from './get-assets';

export function searchAssets(q: string, kind?: AssetKind): Promise<SearchResults> {
  return unwrap(api.GET('/api/v1/assets/search', { params: { query: { q, kind, limit: 100 } } }));
}

export function searchAssetsQueryOptions(q: string, kind?: AssetKind) {
  return queryOptions({
    queryKey: [...assetsQueryKey, 'search', q, kind ?? null],
    queryFn: () => searchAssets(q, kind),
    placeholderData: keepPreviousData,
  });
}

export function useSearchAssets(q: string, kind?: AssetKind) {
  return useQuery({ ...searchAssetsQueryOptions(q, kind), enabled: q.trim().length > 0 });
}
