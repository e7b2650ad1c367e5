import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { BrandPage } from '@/lib/api/types';

/** The organization's brands, oldest first. Organizations hold a handful, so one page of 200 is all of them. */
export function getBrands(): Promise<BrandPage> {
  return unwrap(api.GET('/api/v1/brands', { params: { query: { limit: 200 } } }));
}

export const brandsQueryKey = ['brands', 'list'] as const;

export function brandsQueryOptions() {
  return queryOptions({ queryKey: brandsQueryKey, queryFn: getBrands });
}

export function useBrands() {
  return useQuery(brandsQueryOptions());
}
