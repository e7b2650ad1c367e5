import { ArrowLeft, Globe, Play, Radar, Square } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/spinner';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage, isProblem } from '@/lib/api/problem';
import type { CrawlSummary, Site } from '@/lib/api/types';
import { useCancelCrawl } from '../api/cancel-crawl';
import { useAudit } from '../api/get-audit';
import { useCrawls } from '../api/get-crawls';
import { useSite } from '../api/get-site';
import { useStartCrawl } from '../api/start-crawl';
import { useCrawlProgress } from '../hooks/use-crawl-progress';
import { isActive } from '../lib/crawl-status';
import { AuditSummary } from './audit-summary';
import { ChangesPanel } from './changes-panel';
import { ChecksList } from './checks-list';
import { CrawlHistory } from './crawl-history';
import { CrawlProgressPanel } from './crawl-progress-panel';
import { IssuesTable } from './issues-table';
import { PagesTable } from './pages-table';
import { SiteSettings } from './site-settings';
import { TrendChart } from './trend-chart';

function BackLink() {
  return (
    <Link to="/research" className="mb-3 inline-flex min-h-11 items-center gap-1.5 text-sm font-medium text-primary underline-offset-4 hover:underline">
      <ArrowLeft className="size-4" aria-hidden="true" />
      All sites
    </Link>
  );
}

/** `/research/sites/:id`: one site's crawl, live while it runs, then its audit. */
export function SitePage({ siteId, canWrite }: { siteId: string; canWrite: boolean }) {
  const site = useSite(siteId);
  if (site.isPending) return <PageSpinner label="Loading the site" />;
  if (site.isError)
    return (
      <>
        <BackLink />
        <Card>
          {isProblem(site.error, 'not_found') ? (
            <EmptyState icon={Radar} title="This site is not audited here">
              It may have been deleted, or it belongs to another organization.
            </EmptyState>
          ) : (
            <ErrorState message={errorMessage(site.error)} onRetry={() => site.refetch()} />
          )}
        </Card>
      </>
    );
  return <SiteView site={site.data} canWrite={canWrite} />;
}

function SiteView({ site, canWrite }: { site: Site; canWrite: boolean }) {
  const last = site.last_crawl ?? null;
  const active = last && isActive(last.status) ? last : null;
  const crawls = useCrawls(site.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const [check, setCheck] = useState('all');
  const start = useStartCrawl(site.id);
  const cancel = useCancelCrawl(site.id);

  const latestFinished = crawls.data?.items.find((c) => c.status === 'succeeded') ?? (last?.status === 'succeeded' ? last : null);
  const selectedId = chosen ?? latestFinished?.id ?? null;

  const showIssues = (id: string) => {
    setCheck(id);
    document.getElementById('issues')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return (
    <>
      <BackLink />
      <PageHeader
        title={site.name}
        description={
          <a href={site.url} target="_blank" rel="noreferrer" className="inline-flex max-w-full items-center gap-1.5 underline-offset-4 hover:text-primary hover:underline">
            <Globe className="size-3.5 shrink-0" aria-hidden="true" />
            <span className="truncate">{site.url}</span>
          </a>
        }
        actions={
          canWrite ? (
            active ? (
              <Button variant="secondary" loading={cancel.isPending} onClick={() => cancel.mutate(active.id)}>
                <Square aria-hidden="true" />
                Cancel crawl
              </Button>
            ) : (
              <Button loading={start.isPending} onClick={() => start.mutate()}>
                <Play aria-hidden="true" />
                Start crawl
              </Button>
            )
          ) : undefined
        }
      />
      <div className="flex flex-col gap-6">
        {start.isError && (
          <Alert tone={isProblem(start.error, 'research.crawl_running') ? 'info' : 'danger'} onDismiss={() => start.reset()}>
            {errorMessage(start.error)}
          </Alert>
        )}
        {cancel.isError && (
          <Alert tone="danger" onDismiss={() => cancel.reset()}>
            {errorMessage(cancel.error)}
          </Alert>
        )}
        {active && <LiveCrawl key={active.id} siteId={site.id} crawl={active} />}
        {last?.status === 'failed' && (
          <Alert tone="danger" title="The last crawl failed">
            {last.error ?? 'The site could not be crawled.'}
          </Alert>
        )}
        {selectedId ? (
          <Audit crawlId={selectedId} latest={selectedId === latestFinished?.id} check={check} onCheck={setCheck} onShowIssues={showIssues} />
        ) : crawls.isPending ? (
          <Card>
            <SkeletonRows rows={3} label="Loading the audit" />
          </Card>
        ) : !active ? (
          <Card>
            <EmptyState icon={Radar} title="No audit yet">
              {canWrite ? 'Start a crawl: ' : 'Once a crawl runs, '}the audit fetches up to {site.max_pages.toLocaleString('en')} pages, checks each one and ranks what to fix by impact.
            </EmptyState>
          </Card>
        ) : null}
        <TrendChart siteId={site.id} />
        <div className="grid gap-6 lg:grid-cols-2">
          <CrawlHistory
            siteId={site.id}
            selectedId={selectedId}
            onSelect={(id) => {
              setChosen(id);
              setCheck('all');
            }}
          />
          <SiteSettings key={site.id} site={site} canWrite={canWrite} />
        </div>
      </div>
    </>
  );
}

function LiveCrawl({ siteId, crawl }: { siteId: string; crawl: CrawlSummary }) {
  const { crawl: live, mode } = useCrawlProgress(siteId, crawl.id);
  return <CrawlProgressPanel crawl={live.data ?? crawl} mode={mode} />;
}

function Audit({ crawlId, latest, check, onCheck, onShowIssues }: { crawlId: string; latest: boolean; check: string; onCheck: (c: string) => void; onShowIssues: (c: string) => void }) {
  const audit = useAudit(crawlId);
  if (audit.isPending)
    return (
      <Card>
        <SkeletonRows rows={4} label="Loading the audit" />
      </Card>
    );
  if (audit.isError)
    return (
      <Card>
        <ErrorState message={errorMessage(audit.error)} onRetry={() => audit.refetch()} />
      </Card>
    );
  const a = audit.data;
  return (
    <>
      <div className="grid gap-6 xl:grid-cols-2">
        <AuditSummary crawl={a.crawl} latest={latest} />
        <ChangesPanel audit={a} />
      </div>
      <ChecksList checks={a.checks} onShowIssues={onShowIssues} />
      <IssuesTable key={`issues-${crawlId}`} crawlId={crawlId} checks={a.checks} check={check} onCheck={onCheck} />
      <PagesTable key={`pages-${crawlId}`} crawlId={crawlId} />
    </>
  );
}
