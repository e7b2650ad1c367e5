import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { OidcStatus } from '@/lib/api/types';

export const OIDC_LOGIN_URL = '/api/v1/auth/oidc/login';

export function getOidcStatus(): Promise<OidcStatus> {
  return unwrap(api.GET('/api/v1/auth/oidc'));
}

export function oidcStatusQueryOptions() {
  return queryOptions({ queryKey: ['auth', 'oidc'], queryFn: getOidcStatus, staleTime: 5 * 60_000, retry: false });
}

export function useOidcStatus() {
  return useQuery(oidcStatusQueryOptions());
}
