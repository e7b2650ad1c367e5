import { History } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import { absoluteTime } from '@/lib/format';
import { cn } from '@/lib/cn';
import { useCrawls } from '../api/get-crawls';
import { crawlStatus } from '../lib/crawl-status';
import { severitySummary } from '../lib/severity';

/** The site's crawls, newest first; a finished one can be opened to read its audit. */
export function CrawlHistory({ siteId, selectedId, onSelect }: { siteId: string; selectedId: string | null; onSelect: (id: string) => void }) {
  const crawls = useCrawls(siteId);
  return (
    <Card aria-labelledby="history-title">
      <CardHeader>
        <CardTitle id="history-title">Crawl history</CardTitle>
      </CardHeader>
      {crawls.isPending ? (
        <SkeletonRows rows={3} label="Loading crawls" />
      ) : crawls.isError ? (
        <ErrorState message={errorMessage(crawls.error)} onRetry={() => crawls.refetch()} />
      ) : crawls.data.items.length === 0 ? (
        <EmptyState icon={History} title="No crawls yet">
          Start a crawl to audit the site.
        </EmptyState>
      ) : (
        <ul className="mt-4 divide-y divide-line border-t border-line">
          {crawls.data.items.map((c) => {
            const status = crawlStatus(c.status);
            const readable = c.status === 'succeeded';
            const current = c.id === selectedId;
            const content = (
              <>
                <span className="flex min-w-0 flex-1 flex-col">
                  <span className="text-sm font-medium text-ink">
                    <time dateTime={c.created_at}>{absoluteTime(c.created_at)}</time>
                    {c.trigger === 'schedule' && <span className="font-normal text-muted"> · scheduled</span>}
                  </span>
                  <span className="text-xs text-muted">
                    {c.pages_crawled.toLocaleString('en')} pages · {readable ? severitySummary(c) : c.error ?? status.label}
                  </span>
                </span>
                {c.health_score != null && <span className="font-heading text-base font-semibold text-ink tabular-nums">{c.health_score}</span>}
                <Badge tone={status.tone}>{status.label}</Badge>
              </>
            );
            return (
              <li key={c.id}>
                {readable ? (
                  <button
                    type="button"
                    onClick={() => onSelect(c.id)}
                    aria-current={current ? 'true' : undefined}
                    className={cn('flex w-full items-center gap-3 px-5 py-3 text-left hover:bg-mist/60 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-electric sm:px-6', current && 'bg-primary-soft/60')}
                  >
                    {content}
                  </button>
                ) : (
                  <div className="flex items-center gap-3 px-5 py-3 sm:px-6">{content}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
