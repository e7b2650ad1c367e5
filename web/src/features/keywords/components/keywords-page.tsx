import { FileUp, KeyRound, RefreshCw } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useDebounced } from '@/lib/use-debounced';
import { useKeywords } from '../api/get-keywords';
import { useRebuildKeywords } from '../api/rebuild-keywords';
import { ClustersSection } from './clusters-section';
import { GapsSection } from './gaps-section';
import { ImportDialog } from './import-dialog';
import { KeywordsTable, type TableFilters } from './keywords-table';

const NO_FILTERS: TableFilters = { intent: null, cluster: null, gap: false, q: '', sort: 'score' };

/** `/keywords`: the keyword map built from our crawled pages and competitors' snapshots. */
export function KeywordsPage({ canWrite }: { canWrite: boolean }) {
  const [filters, setFilters] = useState<TableFilters>(NO_FILTERS);
  const [importing, setImporting] = useState(false);
  const q = useDebounced(filters.q, 300);
  const list = useKeywords({ intent: filters.intent ?? undefined, cluster: filters.cluster ?? undefined, gap: filters.gap, q, sort: filters.sort });
  const rebuild = useRebuildKeywords();
  const data = list.data;
  const built = data?.built_at ?? null;
  const neverBuilt = data != null && built == null && data.total === 0 && data.clusters.length === 0;

  const actions = canWrite ? (
    <>
      <Button variant="secondary" onClick={() => setImporting(true)}>
        <FileUp aria-hidden="true" />
        Import metrics
      </Button>
      <Button loading={rebuild.isPending} onClick={() => rebuild.mutate()}>
        <RefreshCw aria-hidden="true" />
        Rebuild
      </Button>
    </>
  ) : undefined;

  return (
    <>
      <PageHeader
        title="Keywords"
        description={
          built ? (
            <>
              Built <time dateTime={built} title={absoluteTime(built)}>{relativeTime(built)}</time> from {data?.documents.toLocaleString('en')} pages
              {data && data.metrics > 0 ? `, with ${data.metrics.toLocaleString('en')} imported metrics` : ''}.
            </>
          ) : (
            'The phrases your market uses, grouped into topics, with where competitors are ahead.'
          )
        }
        actions={actions}
      />
      <div className="flex flex-col gap-6">
        {rebuild.isError && (
          <Alert tone="danger" onDismiss={() => rebuild.reset()}>
            {errorMessage(rebuild.error)}
          </Alert>
        )}
        {rebuild.isSuccess && (
          <Alert tone="success" onDismiss={() => rebuild.reset()}>
            The map was rebuilt: {rebuild.data.total.toLocaleString('en')} keywords in {rebuild.data.clusters.length.toLocaleString('en')} topics.
          </Alert>
        )}
        {list.isPending ? (
          <div role="status" aria-label="Loading the keyword map" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {[0, 1, 2].map((i) => (
              <Card key={i} className="flex flex-col gap-3 p-5">
                <Skeleton className="h-5 w-24 rounded-full" />
                <Skeleton className="h-4 w-2/3" />
                <Skeleton className="h-2 w-full" />
                <Skeleton className="h-2 w-full" />
              </Card>
            ))}
          </div>
        ) : list.isError && !data ? (
          <Card>
            <ErrorState message={errorMessage(list.error)} onRetry={() => list.refetch()} />
          </Card>
        ) : neverBuilt ? (
          <Card>
            <EmptyState
              icon={KeyRound}
              title="No keyword map yet"
              action={
                canWrite ? (
                  <Button loading={rebuild.isPending} onClick={() => rebuild.mutate()}>
                    <RefreshCw aria-hidden="true" />
                    Build the map
                  </Button>
                ) : undefined
              }
            >
              The map is built from the pages of your site, read by a{' '}
              <Link to="/research" className="font-medium text-primary underline-offset-4 hover:underline">
                site audit crawl
              </Link>
              , and from the snapshots of your competitors' sites. It finds the phrases that matter, groups them into topics, tells what a searcher wants and
              shows the topics competitors cover and you don't. Import metrics from a keyword tool to add search volume, difficulty and CPC.
            </EmptyState>
          </Card>
        ) : (
          <>
            {data && data.clusters.length > 0 && <ClustersSection clusters={data.clusters} selected={filters.cluster} onSelect={(cluster) => setFilters((f) => ({ ...f, cluster }))} />}
            <KeywordsTable list={list} clusters={data?.clusters ?? []} filters={filters} onFilters={setFilters} />
            <GapsSection />
          </>
        )}
      </div>
      <ImportDialog open={importing} onOpenChange={setImporting} hasMetrics={(data?.metrics ?? 0) > 0} />
    </>
  );
}
