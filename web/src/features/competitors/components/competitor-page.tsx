import { useQueryClient } from '@tanstack/react-query';
import { Camera, ExternalLink, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage, isProblem } from '@/lib/api/problem';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useDeleteCompetitor } from '../api/delete-competitor';
import { useCompetitor } from '../api/get-competitor';
import { competitorChangesKey, competitorPagesKey, competitorSnapshotsKey, competitorListKey, allChangesKey } from '../api/keys';
import { useStartSnapshot } from '../api/start-snapshot';
import { isSnapshotActive, scheduleLabel } from '../lib/snapshot-status';
import { ChangeDetailPanel } from './change-diff';
import { ChangeTimeline } from './change-timeline';
import { CompetitorSettings } from './competitor-settings';
import { PagesPanel } from './pages-panel';
import { SnapshotProgress } from './snapshot-progress';
import { SnapshotsPanel } from './snapshot-view';

/** When a snapshot run ends, what it read and found is new: refresh pages, snapshots and changes. */
function useRefreshWhenSnapshotEnds(id: string, active: boolean) {
  const queryClient = useQueryClient();
  const was = useRef(active);
  useEffect(() => {
    if (was.current && !active) {
      for (const key of [competitorPagesKey(id), competitorSnapshotsKey(id), competitorChangesKey(id), competitorListKey, allChangesKey]) {
        void queryClient.invalidateQueries({ queryKey: key });
      }
    }
    was.current = active;
  }, [active, id, queryClient]);
}

/** `/competitors/:id`: profile, snapshot now, key pages, latest snapshot and the change timeline. */
export function CompetitorPage({ competitorId, canWrite, pollMs }: { competitorId: string; canWrite: boolean; pollMs?: number }) {
  const competitor = useCompetitor(competitorId, pollMs);
  const snapshot = useStartSnapshot(competitorId);
  const remove = useDeleteCompetitor(competitorId);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const selected = params.get('change');
  const active = isSnapshotActive(competitor.data?.snapshot_status);
  useRefreshWhenSnapshotEnds(competitorId, active);

  if (competitor.isPending) {
    return (
      <div role="status" aria-label="Loading the competitor" className="flex flex-col gap-4">
        <Skeleton className="h-8 w-1/3" />
        <Skeleton className="h-4 w-1/2" />
        <Skeleton className="h-40 w-full" />
      </div>
    );
  }
  if (competitor.isError) {
    return (
      <Card>
        <ErrorState
          message={isProblem(competitor.error, 'not_found') ? 'This competitor does not exist or was removed.' : errorMessage(competitor.error)}
          onRetry={() => competitor.refetch()}
        />
      </Card>
    );
  }
  const c = competitor.data;
  const select = (id: string) =>
    setParams(
      (p) => {
        p.set('change', id);
        return p;
      },
      { replace: true },
    );

  return (
    <>
      <p className="mb-2 text-sm">
        <Link to="/competitors" className="text-primary hover:underline">
          ← Competitors
        </Link>
      </p>
      <PageHeader
        title={c.name}
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <a href={c.website} target="_blank" rel="noreferrer noopener" className="inline-flex min-w-0 items-center gap-1 hover:text-primary">
              <span className="truncate">{c.website}</span>
              <ExternalLink className="size-3.5 shrink-0" aria-hidden="true" />
            </a>
            <span>Schedule: {scheduleLabel(c.schedule)}</span>
            <span>Alerts at {Math.round(c.alert_threshold * 100)}% significance</span>
            <span>
              Last snapshot:{' '}
              {c.last_snapshot_at ? (
                <time dateTime={c.last_snapshot_at} title={absoluteTime(c.last_snapshot_at)}>
                  {relativeTime(c.last_snapshot_at)}
                </time>
              ) : (
                'never'
              )}
            </span>
            {Object.entries(c.social)
              .filter(([, v]) => !!v)
              .map(([k, v]) => (
                <a key={k} href={v ?? undefined} target="_blank" rel="noreferrer noopener" className="capitalize hover:text-primary">
                  {k}
                </a>
              ))}
          </span>
        }
        actions={
          canWrite ? (
            <>
              <Button onClick={() => snapshot.mutate()} loading={snapshot.isPending} disabled={active}>
                <Camera aria-hidden="true" />
                {active ? 'Snapshot running' : 'Snapshot now'}
              </Button>
              <Button variant="secondary" size="icon" aria-label={`Remove ${c.name}`} onClick={() => setConfirmDelete(true)}>
                <Trash2 aria-hidden="true" />
              </Button>
            </>
          ) : undefined
        }
      />
      <div className="flex flex-col gap-6">
        {snapshot.isError && (
          <Alert tone="danger" onDismiss={() => snapshot.reset()}>
            {isProblem(snapshot.error, 'snapshot_running') ? 'A snapshot is already running.' : errorMessage(snapshot.error)}
          </Alert>
        )}
        <SnapshotProgress competitor={c} />
        {/* On a phone the chosen change comes first (an alert's link lands on it); side by side from lg up. */}
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          {selected && (
            <div className="min-w-0 lg:col-start-2 lg:row-start-1">
              <ChangeDetailPanel key={selected} changeId={selected} />
            </div>
          )}
          <div className="flex min-w-0 flex-col gap-6 lg:col-start-1 lg:row-span-2 lg:row-start-1">
            <ChangeTimeline competitorId={competitorId} selected={selected} onSelect={select} />
            <PagesPanel competitorId={competitorId} canWrite={canWrite} />
            {canWrite && <CompetitorSettings competitor={c} />}
          </div>
          <div className={selected ? 'min-w-0 lg:col-start-2 lg:row-start-2' : 'min-w-0 lg:col-start-2 lg:row-start-1'}>
            <SnapshotsPanel competitorId={competitorId} />
          </div>
        </div>
      </div>
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title={`Remove ${c.name}?`}
        description="Its pages, snapshots and changes are removed too."
        confirmLabel="Remove competitor"
        pending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate('/competitors') })}
      />
    </>
  );
}
