import { Search } from 'lucide-react';
import { useState } from 'react';
import { Card, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select } from '@/components/ui/select';
import { SkeletonRows } from '@/components/ui/skeleton';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { errorMessage } from '@/lib/api/problem';
import type { CheckView } from '@/lib/api/types';
import { useDebounced } from '@/lib/use-debounced';
import { ISSUES_PAGE_SIZE, useIssues } from '../api/get-issues';
import { SEVERITIES } from '../lib/severity';
import { humanizeId } from '../lib/trend';
import { Pager } from './pager';
import { SeverityBadge } from './severity-badges';

const ALL = 'all';

/** Every issue of the crawl (check and URL), filtered by check, severity and URL, a page at a time. */
export function IssuesTable({ crawlId, checks, check, onCheck }: { crawlId: string; checks: CheckView[]; check: string; onCheck: (c: string) => void }) {
  const [severity, setSeverity] = useState(ALL);
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const query = useDebounced(q.trim(), 300);
  const issues = useIssues(crawlId, { check: check === ALL ? undefined : check, severity: severity === ALL ? undefined : severity, q: query, offset });
  const titles = new Map(checks.map((c) => [c.id, c.title]));
  const filtered = check !== ALL || severity !== ALL || query !== '';

  return (
    <Card aria-labelledby="issues-title" id="issues">
      <CardHeader>
        <CardTitle id="issues-title">Issues</CardTitle>
      </CardHeader>
      <div className="grid gap-3 px-5 pt-4 pb-3 sm:grid-cols-3 sm:px-6">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="issues-check">Check</Label>
          <Select
            id="issues-check"
            value={check}
            onValueChange={(v) => {
              onCheck(v);
              setOffset(0);
            }}
            options={[{ value: ALL, label: 'All checks' }, ...checks.map((c) => ({ value: c.id, label: c.title }))]}
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="issues-severity">Severity</Label>
          <Select
            id="issues-severity"
            value={severity}
            onValueChange={(v) => {
              setSeverity(v);
              setOffset(0);
            }}
            options={[{ value: ALL, label: 'All severities' }, ...SEVERITIES.map((s) => ({ value: s.value, label: s.label }))]}
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="issues-q">URL contains</Label>
          <div className="relative">
            <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted" aria-hidden="true" />
            <Input
              id="issues-q"
              type="search"
              value={q}
              className="pl-9"
              placeholder="/blog/"
              onChange={(e) => {
                setQ(e.target.value);
                setOffset(0);
              }}
            />
          </div>
        </div>
      </div>
      {issues.isPending ? (
        <SkeletonRows rows={4} label="Loading issues" />
      ) : issues.isError ? (
        <ErrorState message={errorMessage(issues.error)} onRetry={() => issues.refetch()} />
      ) : issues.data.items.length === 0 ? (
        <EmptyState title={filtered ? 'No issue matches these filters' : 'No issues'}>{filtered ? 'Clear a filter to see more.' : 'This crawl found nothing to fix.'}</EmptyState>
      ) : (
        <>
          <Table label="Issues" aria-busy={issues.isFetching || undefined}>
            <THead>
              <tr>
                <TH>Severity</TH>
                <TH>Check</TH>
                <TH>URL</TH>
                <TH>Detail</TH>
              </tr>
            </THead>
            <TBody>
              {issues.data.items.map((i, n) => (
                <TR key={`${i.check}-${i.url}-${n}`}>
                  <TD>
                    <SeverityBadge severity={i.severity} />
                  </TD>
                  <TD className="min-w-40 text-ink">{titles.get(i.check) ?? humanizeId(i.check)}</TD>
                  <TD className="max-w-xs">
                    <span className="block truncate font-mono text-xs" title={i.url}>
                      {i.url}
                    </span>
                  </TD>
                  <TD className="min-w-48 text-slate">{i.detail}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
          <Pager label="Issue pages" offset={offset} shown={issues.data.items.length} total={issues.data.total} size={ISSUES_PAGE_SIZE} onOffset={setOffset} />
        </>
      )}
    </Card>
  );
}
