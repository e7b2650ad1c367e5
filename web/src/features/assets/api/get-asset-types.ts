import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { TypeStats } from '@/lib/api/types';
import { assetsQueryKey } from './get-assets';

export function getAssetTypes(): Promise<TypeStats> {
  return unwrap(api.GET('/api/v1/assets/types'));
}

export function assetTypesQueryOptions() {
  return queryOptions({ queryKey: [...assetsQueryKey, 'types'], queryFn: getAssetTypes });
}

export function useAssetTypes() {
  return useQuery(assetTypesQueryOptions());
}
