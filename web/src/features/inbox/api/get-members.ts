import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { MemberPage } from '@/lib/api/types';
import { lookupsKey } from './keys';

/** The organization's members, for assignee names and the picker; only `members_read` may list them. */
export function getMembers(): Promise<MemberPage> {
  return unwrap(api.GET('/api/v1/users', { params: { query: { limit: 200 } } }));
}

export function useInboxMembers(enabled: boolean) {
  return useQuery(queryOptions({ queryKey: [...lookupsKey, 'members'], queryFn: getMembers, enabled, staleTime: 5 * 60_000 }));
}
