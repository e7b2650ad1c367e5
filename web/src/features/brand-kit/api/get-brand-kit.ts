import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { BrandKit, KitSource } from '@/lib/api/types';

export function getBrandKit(brandId: string, source: KitSource): Promise<BrandKit> {
  return unwrap(api.GET('/api/v1/brands/{id}/kit', { params: { path: { id: brandId }, query: { source } } }));
}

export const brandKitQueryKey = (brandId: string) => ['brand-kit', brandId] as const;

export function brandKitQueryOptions(brandId: string, source: KitSource) {
  return queryOptions({ queryKey: [...brandKitQueryKey(brandId), source], queryFn: () => getBrandKit(brandId, source) });
}

export function useBrandKit(brandId: string, source: KitSource) {
  return useQuery(brandKitQueryOptions(brandId, source));
}
