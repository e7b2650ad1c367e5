import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { AssetKind, AssetPage } from '@/lib/api/types';

export type AssetFilters = { kind?: AssetKind; tag?: string; brandId?: string; personaId?: string };

export function getAssets(filters: AssetFilters, cursor?: string | null): Promise<AssetPage> {
  return unwrap(
    api.GET('/api/v1/assets', {
      params: {
        query: {
          limit: 48,
          cursor: cursor ?? undefined,
          kind: filters.kind,
          tag: filters.tag,
          brand_id: filters.brandId,
          persona_id: filters.personaId,
        },
      },
    }),
  );
}

export const assetsQueryKey = ['assets'] as const;

export function assetsQueryOptions(filters: AssetFilters = {}) {
  return infiniteQueryOptions({
    queryKey: [...assetsQueryKey, 'list', filters],
    queryFn: ({ pageParam }) => getAssets(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

export function useAssets(filters: AssetFilters = {}, enabled = true) {
  return useInfiniteQuery({ ...assetsQueryOptions(filters), enabled });
}
