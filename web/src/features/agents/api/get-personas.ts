import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PersonaPage } from '@/lib/api/types';

/** A brand's personas, oldest first; a brand has a few, so one page of 200 holds them. */
export function getPersonas(brandId: string): Promise<PersonaPage> {
  return unwrap(api.GET('/api/v1/brands/{id}/personas', { params: { path: { id: brandId }, query: { limit: 200 } } }));
}

export function personasQueryOptions(brandId: string) {
  return queryOptions({ queryKey: ['brands', 'personas', brandId] as const, queryFn: () => getPersonas(brandId), enabled: brandId !== '' });
}

export function usePersonas(brandId: string) {
  return useQuery(personasQueryOptions(brandId));
}
