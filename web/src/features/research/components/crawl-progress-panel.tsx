import { Activity } from 'lucide-react';
import { Card, CardContent } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import type { CrawlSummary } from '@/lib/api/types';
import { ProgressBar } from '@/components/ui/progress-bar';
import { budgetShare, formatBytes, formatElapsed, formatRate } from '../lib/progress';
import type { ProgressMode } from '../hooks/use-crawl-progress';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex flex-col gap-0.5 rounded-[var(--radius-button)] bg-mist px-3 py-2">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="font-heading text-lg font-semibold text-ink tabular-nums">{value}</dd>
    </div>
  );
}

/** A crawl under way: what it has fetched, what waits, errors, speed and time, updated live. */
export function CrawlProgressPanel({ crawl, mode }: { crawl: CrawlSummary; mode: ProgressMode }) {
  const p = crawl.progress;
  const crawled = p?.crawled ?? crawl.pages_crawled;
  const queued = p?.queued ?? 0;
  const share = budgetShare(crawled, queued, crawl.max_pages);
  return (
    <Card aria-labelledby="crawl-progress-title" data-testid="crawl-progress">
      <CardContent className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="crawl-progress-title" className="flex items-center gap-2 text-base font-semibold text-ink">
            <Spinner size="sm" label="" />
            {crawl.status === 'queued' ? 'Crawl queued' : 'Crawling'}
          </h2>
          <p className="flex items-center gap-1.5 text-xs text-muted">
            <Activity className="size-3.5" aria-hidden="true" />
            {mode === 'live' ? 'Live' : mode === 'polling' ? 'Updating every 2 seconds' : 'Connecting…'}
          </p>
        </div>
        <ProgressBar value={Math.round(share * 100)} max={100} label="Share of the page budget crawled" />
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6" aria-live="polite">
          <Stat label="Crawled" value={crawled.toLocaleString('en')} />
          <Stat label="Queued" value={queued.toLocaleString('en')} />
          <Stat label="Errors" value={(p?.errors ?? 0).toLocaleString('en')} />
          <Stat label="Rate" value={formatRate(p?.rate ?? 0)} />
          <Stat label="Elapsed" value={formatElapsed(p?.elapsed_ms ?? 0)} />
          <Stat label="Downloaded" value={formatBytes(p?.bytes ?? 0)} />
        </dl>
        <p className="text-xs text-muted">Page budget: {crawl.max_pages.toLocaleString('en')} pages. The audit runs as soon as the crawl ends.</p>
      </CardContent>
    </Card>
  );
}
