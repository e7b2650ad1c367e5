import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RunList } from '@/lib/api/types';

/** The 20 latest generation runs of the organization, newest first. */
export function getRuns(): Promise<RunList> {
  return unwrap(api.GET('/api/v1/agent-runs'));
}

export const runsQueryKey = ['agent-runs', 'list'] as const;

export function runsQueryOptions() {
  return queryOptions({ queryKey: runsQueryKey, queryFn: getRuns });
}

export function useRuns() {
  return useQuery(runsQueryOptions());
}
