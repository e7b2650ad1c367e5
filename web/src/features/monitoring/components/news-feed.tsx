import { ExternalLink, Newspaper } from 'lucide-react';
import { useState } from 'react';
import { Card, CardContent } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { NewsItem } from '@/lib/api/types';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useDebounced } from '@/lib/use-debounced';
import { useItems, type ItemFilters } from '../api/get-items';
import { useSources } from '../api/get-sources';
import { CATEGORIES, IMPACTS, relevancePercent, words } from '../lib/labels';
import { CategoryBadge, ImpactBadge, SentimentBadge } from './badges';

const ALL = 'all';

function NewsRow({ item, source }: { item: NewsItem; source?: string }) {
  const when = item.published_at ?? item.fetched_at;
  return (
    <li className="flex flex-col gap-2 py-4" data-testid="news-item">
      <div className="flex flex-wrap items-center gap-2">
        <CategoryBadge category={item.category} />
        <ImpactBadge impact={item.impact} />
        <span className="text-xs text-muted">Relevance {relevancePercent(item.relevance)}</span>
      </div>
      <h3 className="font-heading text-base font-semibold break-words">
        {item.url ? (
          <a href={item.url} target="_blank" rel="noreferrer noopener" className="inline-flex items-start gap-1 text-ink hover:text-primary">
            {item.title}
            <ExternalLink className="mt-1 size-3.5 shrink-0" aria-hidden="true" />
            <span className="sr-only">(opens in a new tab)</span>
          </a>
        ) : (
          item.title
        )}
      </h3>
      {item.summary && <p className="line-clamp-3 text-sm break-words text-slate">{item.summary}</p>}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
        {source && <span>{source}</span>}
        <time dateTime={when} title={absoluteTime(when)}>
          {relativeTime(when)}
        </time>
        {item.matched_keywords.length > 0 && (
          <span>
            Matched: <span className="text-ink">{item.matched_keywords.join(', ')}</span>
          </span>
        )}
        {item.mentions.map((m) => (
          <span key={m.id} className="inline-flex items-center gap-1">
            {m.entity} <SentimentBadge label={m.label} score={m.sentiment} />
          </span>
        ))}
      </div>
    </li>
  );
}

/** The news feed: items from the sources, scored for relevance and impact, filterable. */
export function NewsFeed() {
  const [filters, setFilters] = useState<ItemFilters>({});
  const [q, setQ] = useState('');
  const query = useDebounced(q, 300);
  const items = useItems({ ...filters, q: query });
  const sources = useSources();
  const sourceName = new Map((sources.data?.items ?? []).map((s) => [s.id, s.name]));

  return (
    <Card>
      <CardContent className="flex flex-col gap-4 pt-5">
        <form role="search" aria-label="Filter news" onSubmit={(e) => e.preventDefault()} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <FormField id="news-q" label="Search">
            <Input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Title or summary" />
          </FormField>
          <FormField id="news-category" label="Category">
            <Select
              value={filters.category ?? ALL}
              onValueChange={(v) => setFilters((f) => ({ ...f, category: v === ALL ? undefined : v }))}
              options={[{ value: ALL, label: 'All categories' }, ...CATEGORIES.map((c) => ({ value: c, label: words(c) }))]}
            />
          </FormField>
          <FormField id="news-impact" label="Impact">
            <Select
              value={filters.impact ?? ALL}
              onValueChange={(v) => setFilters((f) => ({ ...f, impact: v === ALL ? undefined : v }))}
              options={[{ value: ALL, label: 'Any impact' }, ...IMPACTS.map((c) => ({ value: c, label: words(c) }))]}
            />
          </FormField>
          <FormField id="news-relevance" label="Relevance">
            <Select
              value={String(filters.minRelevance ?? 0)}
              onValueChange={(v) => setFilters((f) => ({ ...f, minRelevance: Number(v) || undefined }))}
              options={[
                { value: '0', label: 'Any relevance' },
                { value: '0.3', label: '30% or more' },
                { value: '0.5', label: '50% or more' },
                { value: '0.7', label: '70% or more' },
              ]}
            />
          </FormField>
        </form>
        {items.isPending ? (
          <SkeletonRows rows={5} label="Loading news" />
        ) : items.isError ? (
          <ErrorState message={errorMessage(items.error)} onRetry={() => items.refetch()} />
        ) : items.data.items.length === 0 ? (
          <EmptyState icon={Newspaper} title="No news yet">
            Add RSS, Atom or sitemap sources under Sources and the watch keywords under Settings: items that mention your brand, your competitors or your
            keywords are scored here.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-line" aria-label="News">
            {items.data.items.map((i) => (
              <NewsRow key={i.id} item={i} source={sourceName.get(i.source_id)} />
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
