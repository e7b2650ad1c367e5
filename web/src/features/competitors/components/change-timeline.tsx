import { History } from 'lucide-react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import { cn } from '@/lib/cn';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useCompetitorChanges } from '../api/get-changes';
import { pageKindLabel } from '../lib/significance';
import { ChangeKindBadge, SignificanceMeter } from './significance-badge';

/** The competitor's changes, newest first; choosing one shows its diff. */
export function ChangeTimeline({ competitorId, selected, onSelect }: { competitorId: string; selected: string | null; onSelect: (id: string) => void }) {
  const changes = useCompetitorChanges(competitorId);
  return (
    <Card aria-labelledby="timeline-title">
      <CardHeader>
        <CardTitle id="timeline-title">Changes</CardTitle>
        <CardDescription>Each snapshot is compared with the previous one. Prices and plans weigh most.</CardDescription>
      </CardHeader>
      <CardContent>
        {changes.isPending ? (
          <SkeletonRows rows={4} label="Loading changes" />
        ) : changes.isError ? (
          <ErrorState message={errorMessage(changes.error)} onRetry={() => changes.refetch()} />
        ) : changes.data.items.length === 0 ? (
          <EmptyState icon={History} title="No change yet">
            Changes appear once a page has been read twice and something on it moved.
          </EmptyState>
        ) : (
          <ol className="flex flex-col gap-2" aria-label="Change timeline">
            {changes.data.items.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  onClick={() => onSelect(c.id)}
                  aria-current={selected === c.id ? 'true' : undefined}
                  className={cn(
                    'flex w-full min-w-0 flex-col gap-1.5 rounded-[var(--radius-button)] border px-3 py-2 text-left hover:border-primary/40 hover:bg-primary-soft focus-visible:outline-2 focus-visible:outline-primary',
                    selected === c.id ? 'border-primary bg-primary-soft' : 'border-line',
                  )}
                >
                  <span className="flex flex-wrap items-center gap-2">
                    <SignificanceMeter value={c.significance} />
                    <ChangeKindBadge kind={c.kind} />
                    <span className="text-xs text-muted">{pageKindLabel(c.page_kind)}</span>
                    <time className="ml-auto text-xs text-muted" dateTime={c.created_at} title={absoluteTime(c.created_at)}>
                      {relativeTime(c.created_at)}
                    </time>
                  </span>
                  <span className="text-sm break-words text-ink">{c.summary}</span>
                </button>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
