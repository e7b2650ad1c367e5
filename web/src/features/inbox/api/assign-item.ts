import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ItemDetail } from '@/lib/api/types';
import { useSettle } from './decisions';

export function assignItem({ id, userId }: { id: string; userId: string | null }): Promise<ItemDetail> {
  return unwrap(api.POST('/api/v1/inbox/{id}/assign', { params: { path: { id } }, body: { user_id: userId } }));
}

export function useAssignItem() {
  const settle = useSettle();
  return useMutation({ mutationFn: assignItem, onSuccess: (detail) => settle(detail) });
}
