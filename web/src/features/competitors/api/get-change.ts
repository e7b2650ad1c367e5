import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ChangeDetail } from '@/lib/api/types';
import { changeKey } from './keys';

/** A change with its field changes and the readable diff of the page's text. */
export function getChange(id: string): Promise<ChangeDetail> {
  return unwrap(api.GET('/api/v1/competitor-changes/{id}', { params: { path: { id } } }));
}

export function useChange(id: string | null) {
  return useQuery(queryOptions({ queryKey: changeKey(id ?? ''), queryFn: () => getChange(id ?? ''), enabled: !!id, staleTime: 5 * 60_000 }));
}
