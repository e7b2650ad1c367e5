/** GET /api/v1/auth/user — the signed-in user, their organization, role and permissions. Shared by every feature. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Me } from '@/lib/api/types';

export function getMe(): Promise<Me> {
  return unwrap(api.GET('/api/v1/auth/user'));
}

export const meQueryKey = ['auth', 'me'] as const;

export function meQueryOptions() {
  return queryOptions({ queryKey: meQueryKey, queryFn: getMe, staleTime: 60_000 });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
