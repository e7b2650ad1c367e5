import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { SnapshotList } from '@/lib/api/types';
import { competitorSnapshotsKey } from './keys';

export function getSnapshots(id: string): Promise<SnapshotList> {
  return unwrap(api.GET('/api/v1/competitors/{id}/snapshots', { params: { path: { id } } }));
}

export function useSnapshots(id: string) {
  return useQuery(queryOptions({ queryKey: competitorSnapshotsKey(id), queryFn: () => getSnapshots(id) }));
}
