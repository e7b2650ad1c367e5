import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { AssetKind, AssetPage } from '@/lib/api/types';

export function getAssets(kind: AssetKind): Promise<AssetPage> {
  return unwrap(api.GET('/api/v1/assets', { params: { query: { kind, limit: 100 } } }));
}

export const assetsQueryKey = ['assets'] as const;

export function assetsQueryOptions(kind: AssetKind) {
  return queryOptions({ queryKey: [...assetsQueryKey, 'list', kind] as const, queryFn: () => getAssets(kind) });
}

export function useAssets(kind: AssetKind, enabled = true) {
  return useQuery({ ...assetsQueryOptions(kind), enabled });
}
