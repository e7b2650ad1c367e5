import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ItemDetail } from '@/lib/api/types';
import { itemKey } from './get-item';
import { inboxKey } from './keys';

/** After any change to an item: put the fresh detail in place, then refresh list, counts and badge. */
export function settle(queryClient: QueryClient, detail?: ItemDetail) {
  if (detail) queryClient.setQueryData(itemKey(detail.id), detail);
  return queryClient.invalidateQueries({ queryKey: inboxKey });
}

export function useSettle() {
  const queryClient = useQueryClient();
  return (detail?: ItemDetail) => settle(queryClient, detail);
}
