import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Brand } from '@/lib/api/types';
import { competitorsKey } from './keys';

/** The organization's first brand, whose positioning the comparison puts beside the competitors'. */
export async function getOurBrand(): Promise<Brand | null> {
  const page = await unwrap(api.GET('/api/v1/brands', { params: { query: { limit: 1 } } }));
  const first = page.items[0];
  return first ? unwrap(api.GET('/api/v1/brands/{id}', { params: { path: { id: first.id } } })) : null;
}

export function useOurBrand() {
  return useQuery(queryOptions({ queryKey: [...competitorsKey, 'our-brand'], queryFn: getOurBrand, staleTime: 5 * 60_000 }));
}
