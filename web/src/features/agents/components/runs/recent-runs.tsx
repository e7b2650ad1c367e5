import { History } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { BrandSummary, Run } from '@/lib/api/types';
import { relativeTime } from '@/lib/format';
import { useRuns } from '@/features/agents/api/get-runs';
import { channelLabel } from '@/features/agents/lib/channels';
import { isFinished, runStatus } from '@/features/agents/lib/run-status';
import { ProgressBar } from '@/components/ui/progress-bar';

/** "LinkedIn, X, Instagram +2": the distinct channels of a run, in the order they were written. */
export function runChannels(run: Run, shown = 3): string {
  const distinct = [...new Set(run.items.map((i) => i.channel))].map(channelLabel);
  if (distinct.length === 0) return 'No items';
  const head = distinct.slice(0, shown).join(', ');
  return distinct.length > shown ? `${head} +${distinct.length - shown}` : head;
}

/** Runs listed before "Show all": the list sits beside the brief and should stay short. */
const SHOWN = 5;

export function RecentRuns({ brands }: { brands: BrandSummary[] }) {
  const runs = useRuns();
  const [all, setAll] = useState(false);
  const brandName = (id: string) => brands.find((b) => b.id === id)?.name ?? 'A deleted brand';
  return (
    <Card role="region" aria-labelledby="recent-runs-title">
      <CardHeader>
        <CardTitle as="h2" id="recent-runs-title" className="text-base">
          Recent runs
        </CardTitle>
      </CardHeader>
      {runs.isPending ? (
        <SkeletonRows rows={3} label="Loading recent runs" />
      ) : runs.isError ? (
        <ErrorState message={errorMessage(runs.error)} onRetry={() => runs.refetch()} />
      ) : runs.data.items.length === 0 ? (
        <CardContent>
          <EmptyState icon={History} title="No runs yet" className="px-0 py-4">
            Each brief you send shows here with its progress.
          </EmptyState>
        </CardContent>
      ) : (
        <CardContent className="pt-3">
          <ul className="-mx-2 flex flex-col">
            {runs.data.items.slice(0, all ? undefined : SHOWN).map((run) => {
              const s = runStatus(run.status);
              return (
                <li key={run.id}>
                  <Link to={`/create/runs/${run.id}`} className="flex flex-col gap-1.5 rounded-[var(--radius-button)] px-2 py-2.5 hover:bg-mist">
                    <span className="flex items-center justify-between gap-2">
                      <span className="truncate text-sm font-medium text-ink">{brandName(run.brand_id)}</span>
                      <Badge tone={s.tone}>{s.label}</Badge>
                    </span>
                    <span className="truncate text-xs text-muted">{runChannels(run)}</span>
                    {!isFinished(run.status) && <ProgressBar value={run.done} max={run.total} label={`${run.done} of ${run.total} written`} />}
                    <span className="flex justify-between text-xs text-muted tabular-nums">
                      <span>
                        {run.done}/{run.total} written
                      </span>
                      <span>{relativeTime(run.created_at)}</span>
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
          {runs.data.items.length > SHOWN && (
            <Button variant="link" className="mt-2" onClick={() => setAll((a) => !a)} aria-expanded={all}>
              {all ? 'Show fewer' : `Show all ${runs.data.items.length}`}
            </Button>
          )}
        </CardContent>
      )}
    </Card>
  );
}
