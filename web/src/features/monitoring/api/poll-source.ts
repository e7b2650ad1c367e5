import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { PollQueued } from '@/lib/api/types';
import { monitoringKey } from './keys';

/** Queues a poll of the source now rather than at its next turn. */
export function pollSource(id: string): Promise<PollQueued> {
  return unwrap(api.POST('/api/v1/monitoring/sources/{id}/poll', { params: { path: { id } } }));
}

export function usePollSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: pollSource,
    // The poll runs in the background: read the sources and the feed again once it has had time to finish.
    onSuccess: () => {
      setTimeout(() => void queryClient.invalidateQueries({ queryKey: monitoringKey }), 3000);
    },
  });
}
