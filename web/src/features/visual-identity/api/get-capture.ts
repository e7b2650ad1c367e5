import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Capture } from '@/lib/api/types';

export function getCapture(id: string): Promise<Capture> {
  return unwrap(api.GET('/api/v1/captures/{id}', { params: { path: { id } } }));
}

export const captureQueryKey = (id: string) => ['captures', 'detail', id] as const;

export function isCaptureRunning(c: Capture | undefined): boolean {
  return c?.status === 'queued' || c?.status === 'running';
}

/** Polls every 700 ms while the capture job runs, then stops. */
export function captureQueryOptions(id: string) {
  return queryOptions({
    queryKey: captureQueryKey(id),
    queryFn: () => getCapture(id),
    refetchInterval: (query) => (query.state.data === undefined || isCaptureRunning(query.state.data) ? 700 : false),
  });
}

export function useCapture(id: string | null) {
  return useQuery({ ...captureQueryOptions(id ?? ''), enabled: id !== null });
}
