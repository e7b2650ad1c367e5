import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { IssuePage } from '@/lib/api/types';
import { crawlKey } from './keys';

export type IssueFilters = { check?: string; severity?: string; q?: string; offset?: number };

export const ISSUES_PAGE_SIZE = 25;

export function getIssues(crawlId: string, f: IssueFilters): Promise<IssuePage> {
  return unwrap(
    api.GET('/api/v1/crawls/{id}/issues', {
      params: {
        path: { id: crawlId },
        query: { check: f.check || undefined, severity: f.severity || undefined, q: f.q || undefined, limit: ISSUES_PAGE_SIZE, offset: f.offset || undefined },
      },
    }),
  );
}

export function issuesQueryOptions(crawlId: string, f: IssueFilters) {
  return queryOptions({ queryKey: [...crawlKey(crawlId), 'issues', f], queryFn: () => getIssues(crawlId, f), placeholderData: keepPreviousData });
}

export function useIssues(crawlId: string, f: IssueFilters) {
  return useQuery(issuesQueryOptions(crawlId, f));
}
