import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Invitation, InviteRequest } from '@/lib/api/types';
import { invitationsQueryKey } from './get-invitations';

export function inviteMember(body: InviteRequest): Promise<Invitation> {
  return unwrap(api.POST('/api/v1/users/invite', { body }));
}

export function useInviteMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsQueryKey }),
  });
}
