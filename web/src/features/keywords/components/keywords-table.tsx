import { Search } from 'lucide-react';
import { useState } from 'react';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select } from '@/components/ui/select';
import { SkeletonRows } from '@/components/ui/skeleton';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { errorMessage } from '@/lib/api/problem';
import type { Intent, KeywordCluster, KeywordList, KeywordSort } from '@/lib/api/types';
import type { UseQueryResult } from '@tanstack/react-query';
import { competitorPages, cpc, difficulty, score, volume } from '../lib/figures';
import { INTENTS } from '../lib/labels';
import { IntentBadge } from './intent-badge';

const ALL = 'all';

export type TableFilters = { intent: Intent | null; cluster: number | null; gap: boolean; q: string; sort: KeywordSort };

/** The keywords passing the filters; volume, difficulty and CPC show once metrics were imported. */
export function KeywordsTable({
  list,
  clusters,
  filters,
  onFilters,
}: {
  list: UseQueryResult<KeywordList>;
  clusters: KeywordCluster[];
  filters: TableFilters;
  onFilters: (f: TableFilters) => void;
}) {
  const [q, setQ] = useState(filters.q);
  const set = (patch: Partial<TableFilters>) => onFilters({ ...filters, ...patch });
  const metrics = (list.data?.metrics ?? 0) > 0;
  const filtered = filters.intent !== null || filters.cluster !== null || filters.gap || filters.q !== '';

  return (
    <Card aria-labelledby="keywords-title">
      <CardHeader>
        <CardTitle id="keywords-title">Keywords</CardTitle>
        {list.data && (
          <CardDescription>
            {list.data.items.length < list.data.total ? `The first ${list.data.items.length.toLocaleString('en')} of ` : ''}
            {list.data.total.toLocaleString('en')} {list.data.total === 1 ? 'keyword' : 'keywords'}
            {filtered ? ' matching the filters' : ''}.
          </CardDescription>
        )}
      </CardHeader>
      <div className="grid gap-3 px-5 pt-4 pb-3 sm:grid-cols-2 sm:px-6 lg:grid-cols-4">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="kw-q">Search</Label>
          <div className="relative">
            <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted" aria-hidden="true" />
            <Input
              id="kw-q"
              type="search"
              className="pl-9"
              value={q}
              onChange={(e) => {
                setQ(e.target.value);
                set({ q: e.target.value.trim() });
              }}
            />
          </div>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="kw-intent">Intent</Label>
          <Select
            id="kw-intent"
            value={filters.intent ?? ALL}
            onValueChange={(v) => set({ intent: v === ALL ? null : (v as Intent) })}
            options={[{ value: ALL, label: 'Every intent' }, ...INTENTS.map((i) => ({ value: i.value, label: i.label, description: i.description }))]}
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="kw-cluster">Topic</Label>
          <Select
            id="kw-cluster"
            value={filters.cluster === null ? ALL : String(filters.cluster)}
            onValueChange={(v) => set({ cluster: v === ALL ? null : Number(v) })}
            options={[{ value: ALL, label: 'Every topic' }, ...clusters.map((c) => ({ value: String(c.id), label: c.label }))]}
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="kw-sort">Sort by</Label>
          <Select
            id="kw-sort"
            value={filters.sort}
            onValueChange={(v) => set({ sort: v as KeywordSort })}
            options={[
              { value: 'score', label: 'Relevance' },
              { value: 'volume', label: 'Search volume', description: metrics ? undefined : 'Import metrics to sort by volume' },
            ]}
          />
        </div>
        <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm text-ink sm:col-span-2 lg:col-span-4">
          <input type="checkbox" className="size-5 accent-[var(--color-primary)]" checked={filters.gap} onChange={(e) => set({ gap: e.target.checked })} />
          Gaps only: phrases competitors use and your pages do not
        </label>
      </div>
      {list.isPending ? (
        <SkeletonRows rows={5} label="Loading keywords" />
      ) : list.isError ? (
        <ErrorState message={errorMessage(list.error)} onRetry={() => list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={filtered ? 'No keyword matches these filters' : 'No keywords yet'}>{filtered ? 'Clear a filter to see more.' : 'Rebuild the map once your site has been crawled.'}</EmptyState>
      ) : (
        <Table label="Keyword list" aria-busy={list.isFetching || undefined}>
          <THead>
            <tr>
              <TH>Phrase</TH>
              <TH>Intent</TH>
              <TH className="text-right">Score</TH>
              <TH className="text-right">Our pages</TH>
              <TH className="text-right">Competitor pages</TH>
              {metrics && (
                <>
                  <TH className="text-right">Volume</TH>
                  <TH className="text-right">Difficulty</TH>
                  <TH className="text-right">CPC</TH>
                </>
              )}
            </tr>
          </THead>
          <TBody>
            {list.data.items.map((k) => {
              const theirs = competitorPages(k.competitors);
              return (
                <TR key={k.phrase}>
                  <TD className="min-w-40 font-medium text-ink">{k.phrase}</TD>
                  <TD>
                    <IntentBadge intent={k.intent} />
                  </TD>
                  <TD className="text-right tabular-nums">{score(k.score)}</TD>
                  <TD className={k.ours === 0 ? 'text-right text-danger tabular-nums' : 'text-right tabular-nums'}>{k.ours}</TD>
                  <TD className="relative text-right tabular-nums" title={theirs.detail || undefined}>
                    {theirs.total}
                    {theirs.detail && <span className="sr-only"> ({theirs.detail})</span>}
                  </TD>
                  {metrics && (
                    <>
                      <TD className="text-right tabular-nums">{volume(k.volume)}</TD>
                      <TD className="text-right tabular-nums">{difficulty(k.difficulty)}</TD>
                      <TD className="text-right tabular-nums">{cpc(k.cpc)}</TD>
                    </>
                  )}
                </TR>
              );
            })}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
