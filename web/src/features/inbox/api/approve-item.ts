import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ItemDetail } from '@/lib/api/types';
import { useSettle } from './decisions';

export function approveItem({ id, variant }: { id: string; variant: number }): Promise<ItemDetail> {
  return unwrap(api.POST('/api/v1/inbox/{id}/approve', { params: { path: { id } }, body: { variant } }));
}

export function useApproveItem() {
  const settle = useSettle();
  return useMutation({ mutationFn: approveItem, onSuccess: (detail) => settle(detail) });
}
