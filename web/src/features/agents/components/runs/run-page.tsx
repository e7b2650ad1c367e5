import { ArrowLeft, ArrowUpRight, CircleSlash, Inbox, Radio, RefreshCw } from 'lucide-react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/spinner';
import { errorMessage, isProblem } from '@/lib/api/problem';
import type { ItemSummary, Run } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { absoluteTime } from '@/lib/format';
import { useCancelRun } from '@/features/agents/api/cancel-run';
import { useRunProgress, type ProgressMode } from '@/features/agents/hooks/use-run-progress';
import { channelLabel } from '@/features/agents/lib/channels';
import { isFinished, itemState, runStatus } from '@/features/agents/lib/run-status';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Score } from '../shared/score';

const HEADINGS: Record<string, string> = {
  queued: 'Your brief is queued',
  running: 'Writing your drafts',
  completed: 'Drafts ready for review',
  failed: 'This run failed',
  cancelled: 'This run was cancelled',
};

function BackLink() {
  return (
    <Link to="/create" className="mb-3 inline-flex min-h-11 items-center gap-1.5 text-sm font-medium text-primary hover:underline">
      <ArrowLeft className="size-4" aria-hidden="true" />
      New brief
    </Link>
  );
}

export function RunPage({ runId, canWrite }: { runId: string; canWrite: boolean }) {
  const { run, mode } = useRunProgress(runId);

  if (run.isPending) return <PageSpinner label="Loading the run" />;
  if (run.isError) {
    return (
      <>
        <BackLink />
        <Card>
          {isProblem(run.error, 'not_found') ? (
            <EmptyState icon={CircleSlash} title="This run does not exist" action={<Button asChild><Link to="/create">Write a new brief</Link></Button>}>
              It may belong to another organization, or its brand was deleted.
            </EmptyState>
          ) : (
            <ErrorState message={errorMessage(run.error)} onRetry={() => run.refetch()} />
          )}
        </Card>
      </>
    );
  }
  return <RunView run={run.data} mode={mode} canWrite={canWrite} />;
}

function LiveIndicator({ mode }: { mode: ProgressMode }) {
  if (mode === 'finished') return null;
  const polling = mode === 'polling';
  return (
    <span className="inline-flex items-center gap-1.5 text-xs font-medium text-muted" data-testid="progress-mode" data-mode={mode}>
      {polling ? <RefreshCw className="size-3.5" aria-hidden="true" /> : <Radio className={cn('size-3.5', mode === 'live' && 'text-success')} aria-hidden="true" />}
      {polling ? 'Checking every second' : mode === 'live' ? 'Live' : 'Connecting…'}
    </span>
  );
}

export function RunView({ run, mode, canWrite }: { run: Run; mode: ProgressMode; canWrite: boolean }) {
  const cancel = useCancelRun(run.id);
  const finished = isFinished(run.status);
  const status = runStatus(run.status);
  const awaiting = run.items.filter((i) => i.state === 'awaiting_review').length;
  const failed = run.items.filter((i) => i.state === 'failed').length;
  const returned = finished ? run.credits_reserved - run.credits_charged : 0;

  return (
    <>
      <BackLink />
      <PageHeader
        title={HEADINGS[run.status] ?? 'Generation run'}
        description={`Started ${absoluteTime(run.created_at)}${run.finished_at ? `, finished ${absoluteTime(run.finished_at)}` : ''}.`}
        actions={
          !finished &&
          canWrite && (
            <Button variant="secondary" loading={cancel.isPending} onClick={() => cancel.mutate()}>
              <CircleSlash aria-hidden="true" />
              Cancel run
            </Button>
          )
        }
      />
      {cancel.isError && (
        <Alert tone="danger" className="mb-4">
          The run could not be cancelled: {errorMessage(cancel.error)}
        </Alert>
      )}
      <Card className="mb-6">
        <CardContent className="flex flex-col gap-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div className="flex items-center gap-3">
              <Badge tone={status.tone} data-testid="run-status">
                {status.label}
              </Badge>
              <LiveIndicator mode={mode} />
            </div>
            <p className="text-sm font-medium text-ink tabular-nums" data-testid="run-count">
              {run.done} of {run.total} {run.total === 1 ? 'item' : 'items'} written
            </p>
          </div>
          <ProgressBar value={run.done} max={run.total} label="Items written" tone={run.status === 'failed' ? 'danger' : run.status === 'completed' ? 'success' : 'primary'} className="h-3" />
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-xs text-muted">Credits reserved</dt>
              <dd className="font-semibold text-ink tabular-nums" data-testid="credits-reserved">
                {run.credits_reserved}
              </dd>
            </div>
            <div>
              <dt className="text-xs text-muted">Credits charged</dt>
              <dd className="font-semibold text-ink tabular-nums" data-testid="credits-charged">
                {finished ? run.credits_charged : '—'}
              </dd>
            </div>
            <div>
              <dt className="text-xs text-muted">{finished ? 'Returned to balance' : 'Charged when done'}</dt>
              <dd className="font-semibold text-ink tabular-nums">{finished ? returned : 'for words written'}</dd>
            </div>
            <div>
              <dt className="text-xs text-muted">Words written</dt>
              <dd className="font-semibold text-ink tabular-nums">{run.words.toLocaleString('en')}</dd>
            </div>
          </dl>
          <p className="sr-only" role="status" aria-live="polite">
            {status.label}: {run.done} of {run.total} items written.
          </p>
        </CardContent>
      </Card>

      {run.error && (
        <Alert tone="danger" className="mb-4" title="What went wrong">
          {run.error}
        </Alert>
      )}
      {finished && awaiting > 0 && (
        <Alert
          tone="success"
          className="mb-4"
          title={`${awaiting} ${awaiting === 1 ? 'draft is' : 'drafts are'} waiting for review`}
          action={
            <Button asChild size="sm">
              <Link to="/inbox">
                <Inbox aria-hidden="true" />
                Go to the inbox
              </Link>
            </Button>
          }
        >
          {failed > 0 ? `${failed} ${failed === 1 ? 'item was' : 'items were'} not written; you were not charged for them.` : 'Approve, edit or ask for another take from the inbox.'}
        </Alert>
      )}

      <Card>
        <ul aria-label="Items of this run" className="divide-y divide-line">
          {run.items.map((item) => (
            <RunItem key={item.id} item={item} />
          ))}
        </ul>
      </Card>
    </>
  );
}

function RunItem({ item }: { item: ItemSummary }) {
  const s = itemState(item.state);
  const working = item.state === 'running';
  return (
    <li className="flex flex-col gap-2 px-5 py-4 sm:flex-row sm:items-center sm:gap-4 sm:px-6" data-state={item.state}>
      <div className="min-w-0 flex-1">
        <p className="truncate font-medium text-ink">{item.title}</p>
        <p className="text-xs text-muted">
          {channelLabel(item.channel)}
          {item.persona_name ? ` · ${item.persona_name}` : ''}
          {item.variant_count > 0 ? ` · ${item.variant_count} ${item.variant_count === 1 ? 'variant' : 'variants'}` : ''}
        </p>
        {item.state === 'failed' && item.error && <p className="mt-1 text-sm text-danger">{item.error}</p>}
        {item.fallback_used && <p className="mt-1 text-xs text-warning-ink">The AI provider failed; the built-in composer wrote this draft.</p>}
      </div>
      <div className="flex items-center gap-3 sm:justify-end">
        {item.best_score != null && <Score score={item.best_score} />}
        <Badge tone={s.tone} className={cn(working && 'animate-pulse')} data-testid="item-state">
          {s.label}
        </Badge>
        <Link
          to={`/inbox/${item.id}`}
          className="ml-auto inline-flex min-h-11 items-center gap-1 rounded-[var(--radius-button)] px-2 text-sm font-medium whitespace-nowrap text-primary hover:bg-primary-soft sm:ml-0"
          aria-label={`Open ${item.title} in the inbox`}
        >
          Open in inbox
          <ArrowUpRight className="size-4" aria-hidden="true" />
        </Link>
      </div>
    </li>
  );
}
