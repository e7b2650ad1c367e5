import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { invitationsQueryKey } from './get-invitations';

export async function revokeInvitation(id: string): Promise<void> {
  await unwrap(api.DELETE('/api/v1/invitations/{id}', { params: { path: { id } } }));
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsQueryKey }),
  });
}
