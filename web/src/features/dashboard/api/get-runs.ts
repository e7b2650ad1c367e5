import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RunList } from '@/lib/api/types';

/** The latest generation runs, newest first. */
export function getRuns(): Promise<RunList> {
  return unwrap(api.GET('/api/v1/agent-runs'));
}

export function runsQueryOptions() {
  return queryOptions({ queryKey: ['agent-runs', 'list'] as const, queryFn: getRuns });
}

export function useRuns() {
  return useQuery(runsQueryOptions());
}
