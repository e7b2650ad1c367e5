import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Brand } from '@/lib/api/types';

/** One brand with its draft profile (the brief form starts its tone override from the draft's voice). */
export function getBrand(id: string): Promise<Brand> {
  return unwrap(api.GET('/api/v1/brands/{id}', { params: { path: { id } } }));
}

export function brandQueryOptions(id: string) {
  return queryOptions({ queryKey: ['brands', 'detail', id] as const, queryFn: () => getBrand(id), enabled: id !== '' });
}

export function useBrand(id: string) {
  return useQuery(brandQueryOptions(id));
}
