import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ItemDetail } from '@/lib/api/types';
import { inboxKey } from './keys';

export function getItem(id: string): Promise<ItemDetail> {
  return unwrap(api.GET('/api/v1/inbox/{id}', { params: { path: { id } } }));
}

export const itemKey = (id: string) => [...inboxKey, 'item', id] as const;

export function itemQueryOptions(id: string) {
  return queryOptions({
    queryKey: itemKey(id),
    queryFn: () => getItem(id),
    refetchInterval: (query) => {
      const s = query.state.data?.state;
      return s === 'queued' || s === 'running' ? 2000 : false;
    },
  });
}

export function useItem(id: string) {
  return useQuery(itemQueryOptions(id));
}
