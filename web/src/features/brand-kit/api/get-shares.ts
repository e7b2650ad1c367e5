import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { SharePage } from '@/lib/api/types';

export function getShares(brandId: string): Promise<SharePage> {
  return unwrap(api.GET('/api/v1/brands/{id}/shares', { params: { path: { id: brandId }, query: { limit: 200 } } }));
}

export const sharesQueryKey = (brandId: string) => ['brand-kit', brandId, 'shares'] as const;

export function sharesQueryOptions(brandId: string) {
  return queryOptions({ queryKey: sharesQueryKey(brandId), queryFn: () => getShares(brandId) });
}

export function useShares(brandId: string, enabled = true) {
  return useQuery({ ...sharesQueryOptions(brandId), enabled });
}
