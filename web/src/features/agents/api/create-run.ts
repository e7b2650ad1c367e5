import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { BriefInput, Run } from '@/lib/api/types';
import { creditsQueryKey } from './get-credits';
import { runQueryKey } from './get-run';
import { runsQueryKey } from './get-runs';

/** Queues a brief: 202 with the run, 402 `insufficient_credits`, 422 with field errors. */
export function createRun(body: BriefInput): Promise<Run> {
  return unwrap(api.POST('/api/v1/agent-runs', { body }));
}

export function useCreateRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRun,
    onSuccess: (run) => {
      queryClient.setQueryData(runQueryKey(run.id), run);
      void queryClient.invalidateQueries({ queryKey: runsQueryKey });
      void queryClient.invalidateQueries({ queryKey: creditsQueryKey });
    },
  });
}
