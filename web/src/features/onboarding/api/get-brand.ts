import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Brand } from '@/lib/api/types';

export function getBrand(id: string): Promise<Brand> {
  return unwrap(api.GET('/api/v1/brands/{id}', { params: { path: { id } } }));
}

/** The same key as the brand pages, so the wizard and the pages share one cached brand. */
export const brandQueryKey = (id: string) => ['brands', 'detail', id] as const;

export function brandQueryOptions(id: string) {
  return queryOptions({ queryKey: brandQueryKey(id), queryFn: () => getBrand(id) });
}

export function useBrand(id: string | null | undefined) {
  return useQuery({ ...brandQueryOptions(id ?? ''), enabled: Boolean(id) });
}
