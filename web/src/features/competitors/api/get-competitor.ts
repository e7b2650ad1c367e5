import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Competitor } from '@/lib/api/types';
import { isSnapshotActive } from '../lib/snapshot-status';
import { competitorKey } from './keys';

export function getCompetitor(id: string): Promise<Competitor> {
  return unwrap(api.GET('/api/v1/competitors/{id}', { params: { path: { id } } }));
}

/** One competitor; polled every `pollMs` while its snapshot is queued or running, for the live progress. */
export function competitorQueryOptions(id: string, pollMs = 1000) {
  return queryOptions({
    queryKey: competitorKey(id),
    queryFn: () => getCompetitor(id),
    refetchInterval: (q) => (q.state.data && isSnapshotActive(q.state.data.snapshot_status) ? pollMs : false),
  });
}

export function useCompetitor(id: string, pollMs?: number) {
  return useQuery(competitorQueryOptions(id, pollMs));
}
