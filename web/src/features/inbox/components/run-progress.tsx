import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Alert } from '@/components/ui/alert';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api/problem';
import { RUN_DONE, useRun } from '../api/get-run';
import { inboxKey } from '../api/keys';

/** Follows a generation run once a second and reloads the inbox when it is over. */
export function RunProgress({ runId, onDismiss, onOver }: { runId: string; onDismiss: () => void; onOver?: () => void }) {
  const run = useRun(runId);
  const queryClient = useQueryClient();
  const status = run.data?.status;
  const over = status !== undefined && RUN_DONE.includes(status);
  useEffect(() => {
    if (!over) return;
    void queryClient.invalidateQueries({ queryKey: inboxKey });
    onOver?.();
  }, [over, queryClient, onOver]);

  if (run.isError) return <Alert tone="danger">{errorMessage(run.error)}</Alert>;
  const total = Math.max(run.data?.total ?? 1, 1);
  const done = run.data?.done ?? 0;
  if (status === 'completed') {
    return (
      <Alert tone="success" onDismiss={onDismiss}>
        <span className="inline-flex items-center gap-1.5">
          Written again: the new variants are below, waiting for review.
        </span>
      </Alert>
    );
  }
  if (status === 'failed' || status === 'cancelled') {
    return (
      <Alert tone="danger" onDismiss={onDismiss}>
        <span className="inline-flex items-center gap-1.5">
          {status === 'failed' ? `Writing it again failed${run.data?.error ? `: ${run.data.error}` : '.'}` : 'The run was cancelled.'}
        </span>
      </Alert>
    );
  }
  return (
    <div role="status" className="flex flex-col gap-2 rounded-[var(--radius-card)] border border-primary/25 bg-primary-soft px-4 py-3 text-sm text-ink" data-testid="run-progress">
      <p className="flex items-center gap-2 font-medium">
        <Spinner size="sm" label="" />
        {status === 'running' ? 'Writing it again with your feedback…' : 'Queued: writing starts in a moment…'}
      </p>
      <div className="h-1.5 overflow-hidden rounded-full bg-white" aria-hidden="true">
        <div className="h-full rounded-full bg-primary transition-[width] duration-500" style={{ width: `${Math.max(8, (done / total) * 100)}%` }} />
      </div>
      <p className="text-xs text-muted">
        {done} of {total} done
      </p>
    </div>
  );
}
