import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Asset } from '@/lib/api/types';
import { assetsQueryKey } from './get-assets';

export function getAsset(id: string): Promise<Asset> {
  return unwrap(api.GET('/api/v1/assets/{id}', { params: { path: { id } } }));
}

export function assetQueryOptions(id: string) {
  // Signed file URLs expire; reading the asset again well before then keeps previews working.
  return queryOptions({ queryKey: [...assetsQueryKey, 'detail', id] as const, queryFn: () => getAsset(id), staleTime: 5 * 60_000 });
}

export function useAsset(id: string) {
  return useQuery(assetQueryOptions(id));
}
