import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { BrandPage } from '@/lib/api/types';
import { lookupsKey } from './keys';

/** Brand names for the rows and the brand filter. */
export function getBrands(): Promise<BrandPage> {
  return unwrap(api.GET('/api/v1/brands', { params: { query: { limit: 200 } } }));
}

export function useInboxBrands() {
  return useQuery(queryOptions({ queryKey: [...lookupsKey, 'brands'], queryFn: getBrands, staleTime: 5 * 60_000 }));
}
