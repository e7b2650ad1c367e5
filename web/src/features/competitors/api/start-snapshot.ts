import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Competitor } from '@/lib/api/types';
import { competitorKey } from './keys';

/** Queues a snapshot of every key page; the competitor answered carries its status and progress. */
export function startSnapshot(id: string): Promise<Competitor> {
  return unwrap(api.POST('/api/v1/competitors/{id}/snapshot', { params: { path: { id } } }));
}

export function useStartSnapshot(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => startSnapshot(id),
    // Putting the queued competitor in place starts the polling of its progress.
    onSuccess: (c) => queryClient.setQueryData(competitorKey(id), c),
  });
}
