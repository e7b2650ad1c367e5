import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { InvitationPage } from '@/lib/api/types';

export function getInvitations(status: string): Promise<InvitationPage> {
  return unwrap(api.GET('/api/v1/invitations', { params: { query: { status, limit: 200 } } }));
}

export const invitationsQueryKey = ['members', 'invitations'] as const;

export function invitationsQueryOptions(status = 'pending') {
  return queryOptions({ queryKey: [...invitationsQueryKey, status], queryFn: () => getInvitations(status) });
}

export function useInvitations(status = 'pending', enabled = true) {
  return useQuery({ ...invitationsQueryOptions(status), enabled });
}
