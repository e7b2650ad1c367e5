import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { notificationsQueryKey } from './get-notifications';

export function markNotificationRead(id: string): Promise<void> {
  return unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } }));
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
