import { Crosshair, ExternalLink, Plus } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { ChangeSummary, Competitor } from '@/lib/api/types';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useAllChanges } from '../api/get-changes';
import { useCompetitors } from '../api/get-competitors';
import { latestChangeByCompetitor } from '../lib/latest-change';
import { isSnapshotActive, scheduleLabel, SNAPSHOT_STATUS_LABELS } from '../lib/snapshot-status';
import { AddCompetitorForm } from './add-competitor-form';
import { CompetitorTabs } from './competitor-tabs';
import { ChangeKindBadge, SignificanceBadge } from './significance-badge';

function ListSkeleton() {
  return (
    <div role="status" aria-label="Loading competitors" className="flex flex-col gap-3">
      {[0, 1, 2].map((i) => (
        <Card key={i} className="flex flex-col gap-3 p-5">
          <Skeleton className="h-4 w-1/3" />
          <Skeleton className="h-3 w-1/2" />
          <Skeleton className="h-3 w-3/4" />
        </Card>
      ))}
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function CompetitorRow({ competitor: c, latest, changesLoading }: { competitor: Competitor; latest?: ChangeSummary; changesLoading: boolean }) {
  return (
    <Card data-testid="competitor-row" className="flex flex-col gap-3 p-5 sm:flex-row sm:items-start sm:justify-between">
      <div className="flex min-w-0 flex-col gap-1">
        <h2 className="font-heading text-base font-semibold">
          <Link to={`/competitors/${c.id}`} className="rounded-sm text-ink hover:text-primary focus-visible:outline-2 focus-visible:outline-primary">
            {c.name}
          </Link>
        </h2>
        <a href={c.website} target="_blank" rel="noreferrer noopener" className="inline-flex min-w-0 items-center gap-1 text-sm text-muted hover:text-primary">
          <span className="truncate">{hostOf(c.website)}</span>
          <ExternalLink className="size-3.5 shrink-0" aria-hidden="true" />
          <span className="sr-only">(opens in a new tab)</span>
        </a>
        <div className="mt-1 min-w-0 text-sm">
          {changesLoading ? (
            <Skeleton className="h-4 w-48" />
          ) : latest ? (
            <p className="flex min-w-0 flex-wrap items-center gap-2">
              <SignificanceBadge value={latest.significance} />
              <ChangeKindBadge kind={latest.kind} />
              <Link to={`/competitors/${c.id}?change=${latest.id}`} className="min-w-0 break-words text-slate hover:text-primary">
                {latest.summary}
              </Link>
            </p>
          ) : (
            <p className="text-muted">No change seen yet</p>
          )}
        </div>
      </div>
      <dl className="grid shrink-0 grid-cols-2 gap-x-6 gap-y-1 text-sm sm:text-right">
        <dt className="text-muted">Last snapshot</dt>
        <dd>
          {isSnapshotActive(c.snapshot_status) ? (
            <Badge tone="primary">{SNAPSHOT_STATUS_LABELS[c.snapshot_status ?? 'queued']}</Badge>
          ) : c.snapshot_status === 'failed' ? (
            <Badge tone="danger" title={c.snapshot_error ?? undefined}>
              Failed
            </Badge>
          ) : c.last_snapshot_at ? (
            <time dateTime={c.last_snapshot_at} title={absoluteTime(c.last_snapshot_at)}>
              {relativeTime(c.last_snapshot_at)}
            </time>
          ) : (
            'never'
          )}
        </dd>
        <dt className="text-muted">Schedule</dt>
        <dd>{scheduleLabel(c.schedule)}</dd>
        <dt className="text-muted">Pages</dt>
        <dd className="tabular-nums">{c.pages}</dd>
      </dl>
    </Card>
  );
}

/** `/competitors`: who we watch, each one's latest change, and the form to add one. */
export function CompetitorsPage({ canWrite }: { canWrite: boolean }) {
  const competitors = useCompetitors();
  const changes = useAllChanges();
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  const empty = competitors.data?.items.length === 0;
  const showForm = canWrite && (adding || empty);
  const latest = latestChangeByCompetitor(changes.data?.items ?? []);

  return (
    <>
      <PageHeader
        title="Competitors"
        description="Snapshots of your competitors' key pages: messaging, prices, plans and technologies, with an alert when something significant changes."
        actions={
          canWrite && !showForm && !competitors.isPending ? (
            <Button onClick={() => setAdding(true)}>
              <Plus aria-hidden="true" />
              Add a competitor
            </Button>
          ) : undefined
        }
      />
      <CompetitorTabs />
      <div className="flex flex-col gap-6">
        {showForm && (
          <Card>
            <CardHeader>
              <CardTitle>Add a competitor</CardTitle>
              <CardDescription>Only public websites can be read. Snapshots respect robots.txt.</CardDescription>
            </CardHeader>
            <CardContent>
              <AddCompetitorForm onCreated={(c) => navigate(`/competitors/${c.id}`)} onCancel={empty ? undefined : () => setAdding(false)} />
            </CardContent>
          </Card>
        )}
        {competitors.isPending ? (
          <ListSkeleton />
        ) : competitors.isError ? (
          <Card>
            <ErrorState message={errorMessage(competitors.error)} onRetry={() => competitors.refetch()} />
          </Card>
        ) : empty ? (
          <Card>
            <EmptyState icon={Crosshair} title="No competitor watched yet">
              Add a competitor's website: Brandium finds its pricing, product and about pages, reads their headlines, value propositions, calls to action,
              plans and technologies, and compares each snapshot with the previous one.
              {!canWrite && ' Ask a Creator, Manager or Admin to add one.'}
            </EmptyState>
          </Card>
        ) : (
          <ul className="flex flex-col gap-3" aria-label="Competitors">
            {competitors.data.items.map((c) => (
              <li key={c.id}>
                <CompetitorRow competitor={c} latest={latest.get(c.id)} changesLoading={changes.isPending} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
