import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Run } from '@/lib/api/types';
import { creditsQueryKey } from './get-credits';
import { runQueryKey } from './get-run';
import { runsQueryKey } from './get-runs';

/** A queued run ends at once with its credits back; a running one stops after the variant it is writing. */
export function cancelRun(id: string): Promise<Run> {
  return unwrap(api.POST('/api/v1/agent-runs/{id}/cancel', { params: { path: { id } } }));
}

export function useCancelRun(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => cancelRun(id),
    onSuccess: (run) => {
      queryClient.setQueryData(runQueryKey(id), run);
      void queryClient.invalidateQueries({ queryKey: runsQueryKey });
      void queryClient.invalidateQueries({ queryKey: creditsQueryKey });
    },
  });
}
