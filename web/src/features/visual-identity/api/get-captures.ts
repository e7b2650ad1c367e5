import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CaptureList } from '@/lib/api/types';

export function getCaptures(brandId: string): Promise<CaptureList> {
  return unwrap(api.GET('/api/v1/brands/{id}/captures', { params: { path: { id: brandId } } }));
}

export const capturesQueryKey = (brandId: string) => ['captures', 'list', brandId] as const;

export function capturesQueryOptions(brandId: string) {
  return queryOptions({ queryKey: capturesQueryKey(brandId), queryFn: () => getCaptures(brandId) });
}

export function useCaptures(brandId: string) {
  return useQuery(capturesQueryOptions(brandId));
}
