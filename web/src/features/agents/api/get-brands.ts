import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { BrandPage } from '@/lib/api/types';

/** The organization's brands, oldest first; one page of 200 holds them all. */
export function getBrands(): Promise<BrandPage> {
  return unwrap(api.GET('/api/v1/brands', { params: { query: { limit: 200 } } }));
}

export function brandsQueryOptions() {
  return queryOptions({ queryKey: ['brands', 'list'] as const, queryFn: getBrands });
}

export function useBrands() {
  return useQuery(brandsQueryOptions());
}
