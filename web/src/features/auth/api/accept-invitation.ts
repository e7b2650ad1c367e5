import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { AcceptInvitationRequest, TokenResponse } from '@/lib/api/types';

export function acceptInvitation(body: AcceptInvitationRequest): Promise<TokenResponse> {
  return unwrap(api.POST('/api/v1/auth/invitations/accept', { body }));
}

export function useAcceptInvitation() {
  return useMutation({ mutationFn: acceptInvitation });
}
