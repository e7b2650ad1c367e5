import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Run } from '@/lib/api/types';
import { useLiveResource, type LiveMode, type LiveSource } from '@/lib/use-live-resource';
import { creditsQueryKey } from '../api/get-credits';
import { runQueryKey, useRun } from '../api/get-run';
import { runsQueryKey } from '../api/get-runs';
import { streamRunEvents } from '../api/run-events';
import { isFinished } from '../lib/run-status';

/** How the page learns about progress: the event stream, or polling once a second when the stream is not available. */
export type ProgressMode = LiveMode;

export const POLL_MS = 1000;

/** A finished run has charged its credits and changed the run list. */
function settle(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: creditsQueryKey });
  void queryClient.invalidateQueries({ queryKey: runsQueryKey });
}

const runSource: LiveSource<Run> = { stream: streamRunEvents, queryKey: runQueryKey, onFinal: settle };

/**
 * A run that keeps itself up to date: every `progress` event of the run's stream replaces the cached
 * run; when the stream cannot be opened or breaks off before `done`, the run is polled every second
 * until it finishes.
 */
export function useRunProgress(id: string) {
  const queryClient = useQueryClient();
  const mode = useLiveResource(id, runSource);
  const run = useRun(id, mode === 'polling' ? POLL_MS : false);

  const finished = run.data ? isFinished(run.data.status) : false;
  useEffect(() => {
    if (mode === 'polling' && finished) settle(queryClient);
  }, [mode, finished, queryClient]);

  return { run, mode: finished ? ('finished' as const) : mode };
}
