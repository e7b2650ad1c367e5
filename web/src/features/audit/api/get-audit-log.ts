import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { AuditPage } from '@/lib/api/types';

export const AUDIT_PAGE_SIZE = 50;

export function getAuditLog({ action, cursor }: { action?: string; cursor?: string | null }): Promise<AuditPage> {
  return unwrap(api.GET('/api/v1/audit-log', { params: { query: { limit: AUDIT_PAGE_SIZE, cursor: cursor ?? undefined, action: action || undefined } } }));
}

export function auditLogQueryOptions(action: string) {
  return infiniteQueryOptions({
    queryKey: ['audit', 'log', action],
    queryFn: ({ pageParam }) => getAuditLog({ action, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

export function useAuditLog(action: string) {
  return useInfiniteQuery(auditLogQueryOptions(action));
}
