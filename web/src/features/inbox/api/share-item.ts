import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PreviewLink } from '@/lib/api/types';
import { itemKey } from './get-item';

export function shareItem(id: string): Promise<PreviewLink> {
  return unwrap(api.POST('/api/v1/inbox/{id}/preview-links', { params: { path: { id } } }));
}

export function useShareItem(id: string) {
  const queryClient = useQueryClient();
  // Sharing is noted in the item's activity.
  return useMutation({ mutationFn: () => shareItem(id), onSuccess: () => queryClient.invalidateQueries({ queryKey: itemKey(id) }) });
}
