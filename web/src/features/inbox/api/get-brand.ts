import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Brand } from '@/lib/api/types';
import { lookupsKey } from './keys';

/** The brand of an item, for its colour and social handles in the previews. */
export function getBrand(id: string): Promise<Brand> {
  return unwrap(api.GET('/api/v1/brands/{id}', { params: { path: { id } } }));
}

export function useInboxBrand(id: string | undefined) {
  return useQuery(
    queryOptions({ queryKey: [...lookupsKey, 'brand', id ?? ''], queryFn: () => getBrand(id ?? ''), enabled: !!id, staleTime: 5 * 60_000 }),
  );
}
