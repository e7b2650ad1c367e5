import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { BrandPage, PersonaPage } from '@/lib/api/types';

/** Brands of the organization, to group the persona picker. */
export function getBrands(): Promise<BrandPage> {
  return unwrap(api.GET('/api/v1/brands', { params: { query: { limit: 50 } } }));
}

export function useBrandsForAssets() {
  return useQuery(queryOptions({ queryKey: ['assets', 'brands'], queryFn: getBrands }));
}

export function getBrandPersonas(brandId: string): Promise<PersonaPage> {
  return unwrap(api.GET('/api/v1/brands/{id}/personas', { params: { path: { id: brandId }, query: { limit: 200 } } }));
}

/** Every persona of the given brands, for linking assets to personas. */
export function usePersonasOf(brandIds: string[]) {
  return useQueries({
    queries: brandIds.map((id) => queryOptions({ queryKey: ['assets', 'personas', id], queryFn: () => getBrandPersonas(id) })),
  });
}
