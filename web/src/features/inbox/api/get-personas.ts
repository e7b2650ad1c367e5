import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PersonaPage } from '@/lib/api/types';
import { lookupsKey } from './keys';

export function getPersonas(brandId: string): Promise<PersonaPage> {
  return unwrap(api.GET('/api/v1/brands/{id}/personas', { params: { path: { id: brandId }, query: { limit: 200 } } }));
}

export function useInboxPersonas(brandId: string | undefined) {
  return useQuery(
    queryOptions({
      queryKey: [...lookupsKey, 'personas', brandId ?? ''],
      queryFn: () => getPersonas(brandId ?? ''),
      enabled: !!brandId,
      staleTime: 5 * 60_000,
    }),
  );
}
