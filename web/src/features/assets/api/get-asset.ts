import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Asset } from '@/lib/api/types';
import { assetsQueryKey } from './get-assets';

export function getAsset(id: string): Promise<Asset> {
  return unwrap(api.GET('/api/v1/assets/{id}', { params: { path: { id } } }));
}

export function assetQueryOptions(id: string) {
  return queryOptions({ queryKey: [...assetsQueryKey, 'one', id], queryFn: () => getAsset(id) });
}

/** One asset; while its thumbnail is being rendered it is polled until the thumbnail is ready. */
export function useAsset(id: string | null, initial?: Asset) {
  return useQuery({
    ...assetQueryOptions(id ?? ''),
    enabled: id !== null,
    initialData: initial && initial.id === id ? initial : undefined,
    refetchInterval: (q) => (q.state.data?.thumbnail_status === 'pending' ? 1500 : false),
  });
}
