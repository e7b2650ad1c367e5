import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { InvitationPreview } from '@/lib/api/types';

export function getInvitationPreview(token: string): Promise<InvitationPreview> {
  return unwrap(api.GET('/api/v1/auth/invitations/{token}', { params: { path: { token } } }));
}

export function invitationPreviewQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['auth', 'invitation-preview', token],
    queryFn: () => getInvitationPreview(token),
    enabled: token.length > 0,
  });
}

export function useInvitationPreview(token: string) {
  return useQuery(invitationPreviewQueryOptions(token));
}
