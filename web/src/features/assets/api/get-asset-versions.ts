import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { VersionList } from '@/lib/api/types';
import { assetsQueryKey } from './get-assets';

export function getAssetVersions(id: string): Promise<VersionList> {
  return unwrap(api.GET('/api/v1/assets/{id}/versions', { params: { path: { id } } }));
}

export function assetVersionsQueryOptions(id: string) {
  return queryOptions({ queryKey: [...assetsQueryKey, 'versions', id], queryFn: () => getAssetVersions(id) });
}

export function useAssetVersions(id: string) {
  return useQuery(assetVersionsQueryOptions(id));
}
