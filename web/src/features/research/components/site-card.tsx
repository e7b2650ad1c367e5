import { CalendarClock, Globe } from 'lucide-react';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import type { Site } from '@/lib/api/types';
import { absoluteTime, relativeTime } from '@/lib/format';
import { crawlStatus, isActive, scheduleLabel } from '../lib/crawl-status';
import { HealthRing } from './health-ring';
import { SeverityCountList } from './severity-badges';

/** One site in the list: the whole card opens the site's audit. */
export function SiteCard({ site }: { site: Site }) {
  const last = site.last_crawl ?? null;
  const running = isActive(last?.status);
  const when = last?.finished_at ?? last?.created_at ?? null;
  return (
    <Card className="relative flex flex-col gap-4 p-5 transition-shadow hover:shadow-[var(--shadow-pop)]" data-testid="site-card">
      <div className="flex items-start gap-4">
        <HealthRing score={last?.health_score} size="sm" />
        <div className="min-w-0 flex-1">
          <h2 className="truncate text-base font-semibold text-ink">
            <Link to={`/research/sites/${site.id}`} className="after:absolute after:inset-0 hover:text-primary focus-visible:outline-none focus-visible:after:rounded-[var(--radius-card)] focus-visible:after:outline-2 focus-visible:after:outline-electric">
              {site.name}
            </Link>
          </h2>
          <p className="flex min-w-0 items-center gap-1.5 text-sm text-muted">
            <Globe className="size-3.5 shrink-0" aria-hidden="true" />
            <span className="truncate">{site.url}</span>
          </p>
        </div>
      </div>
      {last && last.status === 'succeeded' ? (
        <SeverityCountList counts={last} />
      ) : running ? (
        <p className="flex items-center gap-2 text-sm text-primary">
          <Spinner size="sm" label="" />
          {last?.status === 'queued' ? 'Crawl queued' : `Crawling: ${last?.progress?.crawled ?? last?.pages_crawled ?? 0} fetched`}
        </p>
      ) : last ? (
        <p>
          <Badge tone={crawlStatus(last.status).tone}>{crawlStatus(last.status).label}</Badge>
        </p>
      ) : (
        <p className="text-sm text-muted">Not crawled yet</p>
      )}
      <dl className="mt-auto flex flex-wrap justify-between gap-x-4 gap-y-1 border-t border-line pt-3 text-xs text-muted">
        <div className="flex gap-1">
          <dt>Last crawl</dt>
          <dd className="text-ink">{when ? <time dateTime={when} title={absoluteTime(when)}>{relativeTime(when)}</time> : 'never'}</dd>
        </div>
        <div className="flex items-center gap-1">
          <CalendarClock className="size-3.5" aria-hidden="true" />
          <dt className="sr-only">Schedule</dt>
          <dd className="text-ink">{site.schedule === 'off' ? 'Manual only' : scheduleLabel(site.schedule)}</dd>
        </div>
      </dl>
    </Card>
  );
}
