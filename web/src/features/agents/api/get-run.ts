import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Run } from '@/lib/api/types';
import { isFinished } from '../lib/run-status';

export function getRun(id: string): Promise<Run> {
  return unwrap(api.GET('/api/v1/agent-runs/{id}', { params: { path: { id } } }));
}

export const runQueryKey = (id: string) => ['agent-runs', 'detail', id] as const;

/**
 * One run. `pollMs` polls it while it is unfinished: the fallback when the event stream is not
 * available.
 */
export function runQueryOptions(id: string, pollMs: number | false = false) {
  return queryOptions({
    queryKey: runQueryKey(id),
    queryFn: () => getRun(id),
    refetchInterval: (q) => (pollMs && !(q.state.data && isFinished(q.state.data.status)) ? pollMs : false),
  });
}

export function useRun(id: string, pollMs: number | false = false) {
  return useQuery(runQueryOptions(id, pollMs));
}
