import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { SessionList } from '@/lib/api/types';

export function getSessions(): Promise<SessionList> {
  return unwrap(api.GET('/api/v1/auth/sessions'));
}

export const sessionsQueryKey = ['security', 'sessions'] as const;

export function sessionsQueryOptions() {
  return queryOptions({ queryKey: sessionsQueryKey, queryFn: getSessions });
}

export function useSessions() {
  return useQuery(sessionsQueryOptions());
}
