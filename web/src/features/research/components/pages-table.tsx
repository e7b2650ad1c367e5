import { Search } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { SkeletonRows } from '@/components/ui/skeleton';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { errorMessage } from '@/lib/api/problem';
import type { PageRow } from '@/lib/api/types';
import { useDebounced } from '@/lib/use-debounced';
import { PAGES_PAGE_SIZE, usePages } from '../api/get-pages';
import { formatBytes } from '../lib/progress';
import { Pager } from './pager';

function StatusBadge({ page }: { page: PageRow }) {
  if (page.status == null) return <Badge tone="danger" title={page.error ?? undefined}>No answer</Badge>;
  const tone = page.status >= 400 ? 'danger' : page.status >= 300 ? 'warning' : 'success';
  return <Badge tone={tone}>{page.status}</Badge>;
}

/** The URLs the crawl fetched, with status, depth, speed, size, links in and issues. */
export function PagesTable({ crawlId }: { crawlId: string }) {
  const [q, setQ] = useState('');
  const [errorsOnly, setErrorsOnly] = useState(false);
  const [offset, setOffset] = useState(0);
  const query = useDebounced(q.trim(), 300);
  const pages = usePages(crawlId, { q: query, errors: errorsOnly, offset });
  const filtered = query !== '' || errorsOnly;

  return (
    <Card aria-labelledby="pages-title">
      <CardHeader>
        <CardTitle id="pages-title">Pages</CardTitle>
      </CardHeader>
      <div className="flex flex-col gap-3 px-5 pt-4 pb-3 sm:flex-row sm:items-end sm:px-6">
        <div className="flex flex-1 flex-col gap-1.5">
          <Label htmlFor="pages-q">URL contains</Label>
          <div className="relative">
            <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted" aria-hidden="true" />
            <Input
              id="pages-q"
              type="search"
              className="pl-9"
              value={q}
              onChange={(e) => {
                setQ(e.target.value);
                setOffset(0);
              }}
            />
          </div>
        </div>
        <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm text-ink">
          <input
            type="checkbox"
            className="size-5 accent-[var(--color-primary)]"
            checked={errorsOnly}
            onChange={(e) => {
              setErrorsOnly(e.target.checked);
              setOffset(0);
            }}
          />
          Errors only
        </label>
      </div>
      {pages.isPending ? (
        <SkeletonRows rows={4} label="Loading pages" />
      ) : pages.isError ? (
        <ErrorState message={errorMessage(pages.error)} onRetry={() => pages.refetch()} />
      ) : pages.data.items.length === 0 ? (
        <EmptyState title={filtered ? 'No page matches these filters' : 'No pages'}>{filtered ? 'Clear a filter to see more.' : 'This crawl fetched no page.'}</EmptyState>
      ) : (
        <>
          <Table label="Pages" aria-busy={pages.isFetching || undefined}>
            <THead>
              <tr>
                <TH>URL</TH>
                <TH>Status</TH>
                <TH className="text-right">Depth</TH>
                <TH className="text-right">Response</TH>
                <TH className="text-right">Size</TH>
                <TH className="text-right">Inlinks</TH>
                <TH className="text-right">Issues</TH>
              </tr>
            </THead>
            <TBody>
              {pages.data.items.map((p) => (
                <TR key={p.url}>
                  <TD className="max-w-xs">
                    <span className="block truncate font-mono text-xs text-ink" title={p.url}>
                      {p.url}
                    </span>
                    {p.title && <span className="block truncate text-xs text-muted">{p.title}</span>}
                  </TD>
                  <TD>
                    <StatusBadge page={p} />
                  </TD>
                  <TD className="text-right tabular-nums">{p.depth ?? '–'}</TD>
                  <TD className="text-right whitespace-nowrap tabular-nums">{p.response_ms.toLocaleString('en')} ms</TD>
                  <TD className="text-right whitespace-nowrap tabular-nums">{formatBytes(p.bytes)}</TD>
                  <TD className="text-right tabular-nums">{p.inlinks.toLocaleString('en')}</TD>
                  <TD className="text-right tabular-nums">{p.issues > 0 ? <Badge tone="warning">{p.issues}</Badge> : <span className="text-muted">0</span>}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
          <Pager label="Page list pages" offset={offset} shown={pages.data.items.length} total={pages.data.total} size={PAGES_PAGE_SIZE} onOffset={setOffset} />
        </>
      )}
    </Card>
  );
}
