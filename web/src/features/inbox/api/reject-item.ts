import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ItemDetail } from '@/lib/api/types';
import { useSettle } from './decisions';

export function rejectItem({ id, reason }: { id: string; reason: string }): Promise<ItemDetail> {
  return unwrap(api.POST('/api/v1/inbox/{id}/reject', { params: { path: { id } }, body: { reason } }));
}

export function useRejectItem() {
  const settle = useSettle();
  return useMutation({ mutationFn: rejectItem, onSuccess: (detail) => settle(detail) });
}
