import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Run } from '@/lib/api/types';
import { inboxKey } from './keys';

export function getRun(id: string): Promise<Run> {
  return unwrap(api.GET('/api/v1/agent-runs/{id}', { params: { path: { id } } }));
}

export const RUN_DONE = ['completed', 'failed', 'cancelled'];

export function runQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...inboxKey, 'run', id],
    queryFn: () => getRun(id),
    staleTime: 0,
    // Once a second until the run is over: generation takes seconds, not minutes.
    refetchInterval: (query) => (query.state.data && RUN_DONE.includes(query.state.data.status) ? false : 1000),
  });
}

export function useRun(id: string | null) {
  return useQuery({ ...runQueryOptions(id ?? ''), enabled: id !== null });
}
