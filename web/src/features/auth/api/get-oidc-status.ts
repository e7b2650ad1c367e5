import { queryOptions, useQuery } from '@tanstack/react-query';
import { toProblemError } from '@/lib/api/problem';
import type { OidcStatus } from '@/lib/api/types';

export const OIDC_STATUS_PATH = '/api/v1/auth/oidc';
export const OIDC_LOGIN_URL = '/api/v1/auth/oidc/login';

/**
 * Public endpoint, called with plain fetch because it is not in the generated document yet (see types.ts).
 * A server without single sign-on (404) counts as "disabled".
 */
export async function getOidcStatus(): Promise<OidcStatus> {
  const res = await fetch(new URL(OIDC_STATUS_PATH, window.location.origin), { headers: { Accept: 'application/json' } });
  if (res.status === 404) return { enabled: false, display_name: null };
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw toProblemError(res.status, body, res.headers);
  const b = (body ?? {}) as Partial<OidcStatus>;
  return { enabled: b.enabled === true, display_name: typeof b.display_name === 'string' ? b.display_name : null };
}

export function oidcStatusQueryOptions() {
  return queryOptions({ queryKey: ['auth', 'oidc'], queryFn: getOidcStatus, staleTime: 5 * 60_000, retry: false });
}

export function useOidcStatus() {
  return useQuery(oidcStatusQueryOptions());
}
