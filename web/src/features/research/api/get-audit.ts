import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { AuditView } from '@/lib/api/types';
import { crawlKey } from './keys';

/** The checks that found something, by priority, with the trend against the previous crawl. */
export function getAudit(crawlId: string): Promise<AuditView> {
  return unwrap(api.GET('/api/v1/crawls/{id}/audit', { params: { path: { id: crawlId } } }));
}

export function auditQueryOptions(crawlId: string) {
  return queryOptions({ queryKey: [...crawlKey(crawlId), 'audit'], queryFn: () => getAudit(crawlId) });
}

export function useAudit(crawlId: string, enabled = true) {
  return useQuery({ ...auditQueryOptions(crawlId), enabled });
}
