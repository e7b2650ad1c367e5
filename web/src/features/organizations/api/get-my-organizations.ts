import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { MembershipList } from '@/lib/api/types';

export function getMyOrganizations(): Promise<MembershipList> {
  return unwrap(api.GET('/api/v1/auth/organizations'));
}

export function myOrganizationsQueryOptions() {
  return queryOptions({ queryKey: ['auth', 'organizations'], queryFn: getMyOrganizations });
}

export function useMyOrganizations() {
  return useQuery(myOrganizationsQueryOptions());
}
