import { Download, FileText } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { errorMessage } from '@/lib/api/problem';
import type { CrawlSummary } from '@/lib/api/types';
import { absoluteTime } from '@/lib/format';
import { useExportAudit, type AuditExportFormat } from '../api/export-audit';
import { stoppedReason } from '../lib/crawl-status';
import { HealthRing } from './health-ring';
import { SeverityCountList } from './severity-badges';

/** The finished crawl at a glance: health, issues by severity, what was crawled, and the exports. */
export function AuditSummary({ crawl, latest }: { crawl: CrawlSummary; latest: boolean }) {
  const exporter = useExportAudit();
  const exporting = exporter.isPending ? exporter.variables?.format : undefined;
  const download = (format: AuditExportFormat) => exporter.mutate({ crawlId: crawl.id, format });
  const reason = stoppedReason(crawl.stopped);
  return (
    <Card role="region" aria-label="Audit summary">
      <CardContent className="flex flex-col gap-5 sm:flex-row sm:items-center">
        <HealthRing score={crawl.health_score} />
        <div className="flex min-w-0 flex-1 flex-col gap-3">
          <div>
            <h2 className="text-base font-semibold text-ink">{latest ? 'Latest audit' : 'Audit of an earlier crawl'}</h2>
            <p className="text-sm text-muted">
              {crawl.pages_crawled.toLocaleString('en')} pages crawled
              {crawl.finished_at && (
                <>
                  {' · '}
                  <time dateTime={crawl.finished_at}>{absoluteTime(crawl.finished_at)}</time>
                </>
              )}
              {reason && ` · ${reason}`}
            </p>
          </div>
          <SeverityCountList counts={crawl} />
          <div className="flex flex-wrap gap-2">
            <Button size="sm" variant="secondary" loading={exporting === 'csv'} onClick={() => download('csv')}>
              <Download aria-hidden="true" />
              Export CSV
            </Button>
            <Button size="sm" variant="secondary" loading={exporting === 'pdf'} onClick={() => download('pdf')}>
              <FileText aria-hidden="true" />
              Export PDF
            </Button>
          </div>
          {exporter.isError && (
            <Alert tone="danger" onDismiss={() => exporter.reset()}>
              {errorMessage(exporter.error)}
            </Alert>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
