import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { sessionsQueryKey } from './get-sessions';

export async function revokeSession(id: string): Promise<void> {
  await unwrap(api.DELETE('/api/v1/auth/sessions/{id}', { params: { path: { id } } }));
}

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeSession, onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }) });
}
