import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isProblem } from '@/lib/api/problem';
import { creditsQueryKey } from '../api/get-credits';
import { runQueryKey, useRun } from '../api/get-run';
import { runsQueryKey } from '../api/get-runs';
import { streamRunEvents } from '../api/run-events';
import { isFinished } from '../lib/run-status';

/** How the page learns about progress: the event stream, or polling once a second when the stream is not available. */
export type ProgressMode = 'connecting' | 'live' | 'polling' | 'finished';

export const POLL_MS = 1000;

/**
 * A run that keeps itself up to date: every `progress` event of the run's stream replaces the cached
 * run; when the stream cannot be opened or breaks off before `done`, the run is polled every second
 * until it finishes.
 */
export function useRunProgress(id: string) {
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<ProgressMode>('connecting');
  const run = useRun(id, mode === 'polling' ? POLL_MS : false);

  useEffect(() => {
    const ctrl = new AbortController();
    let active = true;
    const settle = () => {
      void queryClient.invalidateQueries({ queryKey: creditsQueryKey });
      void queryClient.invalidateQueries({ queryKey: runsQueryKey });
    };
    streamRunEvents(
      id,
      (r, final) => {
        if (!active) return;
        queryClient.setQueryData(runQueryKey(id), r);
        setMode(final ? 'finished' : 'live');
        if (final) settle();
      },
      ctrl.signal,
    )
      .then((end) => {
        if (active && end === 'ended') setMode('polling');
      })
      .catch((e: unknown) => {
        if (!active) return;
        // A run that does not exist will not appear by polling; the query shows the error.
        setMode(isProblem(e, 'not_found') ? 'finished' : 'polling');
      });
    return () => {
      active = false;
      ctrl.abort();
    };
  }, [id, queryClient]);

  const finished = run.data ? isFinished(run.data.status) : false;
  useEffect(() => {
    if (mode === 'polling' && finished) {
      void queryClient.invalidateQueries({ queryKey: creditsQueryKey });
      void queryClient.invalidateQueries({ queryKey: runsQueryKey });
    }
  }, [mode, finished, queryClient]);

  return { run, mode: finished ? ('finished' as const) : mode };
}
