import { Camera } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { SkeletonRows } from '@/components/ui/skeleton';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { errorMessage } from '@/lib/api/problem';
import type { PageSnapshotView } from '@/lib/api/types';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useSnapshots } from '../api/get-snapshots';
import { planPrice } from '../lib/plans';
import { pageKindLabel } from '../lib/significance';

function Messages({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h4 className="text-xs font-semibold tracking-wide text-muted uppercase">{title}</h4>
      <ul className="mt-1 flex list-disc flex-col gap-0.5 pl-5 text-sm text-ink">
        {items.map((m, i) => (
          <li key={i} className="break-words">
            {m}
          </li>
        ))}
      </ul>
    </div>
  );
}

function PageSnapshotCard({ view }: { view: PageSnapshotView }) {
  const s = view.snapshot;
  return (
    <li className="flex flex-col gap-3 rounded-[var(--radius-button)] border border-line p-4" data-testid="page-snapshot">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="primary">{pageKindLabel(view.kind)}</Badge>
        <a href={view.url} target="_blank" rel="noreferrer noopener" className="min-w-0 truncate text-sm font-medium text-ink hover:text-primary">
          {view.url}
        </a>
        {view.taken_at && (
          <time className="text-xs text-muted" dateTime={view.taken_at} title={absoluteTime(view.taken_at)}>
            {relativeTime(view.taken_at)}
          </time>
        )}
      </div>
      {view.last_error && <Alert tone="warning">Latest attempt failed: {view.last_error}</Alert>}
      {!s ? (
        <p className="text-sm text-muted">Not read yet.</p>
      ) : (
        <>
          <div>
            <h3 className="font-heading text-base font-semibold break-words">{s.title || 'No title'}</h3>
            {s.meta_description && <p className="text-sm text-muted">{s.meta_description}</p>}
          </div>
          <div className="grid gap-3 md:grid-cols-3">
            <Messages title="Headlines" items={s.headlines} />
            <Messages title="Value propositions" items={s.value_propositions} />
            <Messages title="Calls to action" items={s.calls_to_action} />
          </div>
          {s.plans.length > 0 && (
            <Table label={`Plans on ${view.url}`}>
              <caption className="sr-only">Pricing plans</caption>
              <THead>
                <TR>
                  <TH>Plan</TH>
                  <TH>Price</TH>
                  <TH>Features</TH>
                </TR>
              </THead>
              <TBody>
                {s.plans.map((p) => (
                  <TR key={p.name}>
                    <TD className="font-medium">{p.name}</TD>
                    <TD className="whitespace-nowrap tabular-nums">{planPrice(p)}</TD>
                    <TD className="text-slate">{p.features.slice(0, 6).join(' · ') || '—'}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
          <div className="flex flex-wrap items-center gap-2 text-sm">
            {s.technologies.length > 0 && (
              <ul className="flex flex-wrap gap-1.5" aria-label="Technologies">
                {s.technologies.map((t) => (
                  <li key={t.name}>
                    <Badge title={t.category.replace(/_/g, ' ')}>{t.name}</Badge>
                  </li>
                ))}
              </ul>
            )}
            <span className="text-muted tabular-nums">{s.word_count.toLocaleString('en')} words</span>
          </div>
        </>
      )}
    </li>
  );
}

/** The latest snapshot of each page: messaging, plans, technologies. */
export function SnapshotsPanel({ competitorId }: { competitorId: string }) {
  const snapshots = useSnapshots(competitorId);
  return (
    <Card aria-labelledby="snapshots-title">
      <CardHeader>
        <CardTitle id="snapshots-title">Latest snapshot</CardTitle>
        <CardDescription>What each page says now, as read by the latest snapshot.</CardDescription>
      </CardHeader>
      <CardContent>
        {snapshots.isPending ? (
          <SkeletonRows rows={4} label="Loading snapshots" />
        ) : snapshots.isError ? (
          <ErrorState message={errorMessage(snapshots.error)} onRetry={() => snapshots.refetch()} />
        ) : snapshots.data.items.length === 0 ? (
          <EmptyState icon={Camera} title="No snapshot yet">
            Take a snapshot to read the competitor’s pages.
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-4" aria-label="Page snapshots">
            {snapshots.data.items.map((v) => (
              <PageSnapshotCard key={v.page_id} view={v} />
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
