import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ItemDetail } from '@/lib/api/types';
import { itemKey } from './get-item';

export function commentItem({ id, body }: { id: string; body: string }): Promise<ItemDetail> {
  return unwrap(api.POST('/api/v1/inbox/{id}/comments', { params: { path: { id } }, body: { body } }));
}

export function useCommentItem() {
  const queryClient = useQueryClient();
  // A comment changes only the item's activity: no need to refresh lists or counts.
  return useMutation({ mutationFn: commentItem, onSuccess: (detail) => queryClient.setQueryData(itemKey(detail.id), detail) });
}
