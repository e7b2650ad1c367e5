import { MessageSquareQuote } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useMentions, type MentionFilters } from '../api/get-mentions';
import { useWatch } from '../api/watch';
import { SentimentBadge } from './badges';

const ALL = 'all';

/** Mentions of the brand and of each competitor, with their sentiment. */
export function MentionsPanel() {
  const [filters, setFilters] = useState<MentionFilters>({});
  const mentions = useMentions(filters);
  const watch = useWatch();
  const entities = watch.data ? [watch.data.brand, ...watch.data.competitors].filter(Boolean) : [];

  return (
    <Card aria-labelledby="mentions-title">
      <CardHeader>
        <CardTitle id="mentions-title">Mentions</CardTitle>
        <CardDescription>Where your brand and your competitors are named, and in what tone.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField id="mention-entity" label="Who">
            <Select
              value={filters.entity ?? ALL}
              onValueChange={(v) => setFilters((f) => ({ ...f, entity: v === ALL ? undefined : v }))}
              options={[{ value: ALL, label: 'Brand and competitors' }, ...entities.map((e) => ({ value: e, label: e }))]}
            />
          </FormField>
          <FormField id="mention-sentiment" label="Sentiment">
            <Select
              value={filters.sentiment ?? ALL}
              onValueChange={(v) => setFilters((f) => ({ ...f, sentiment: v === ALL ? undefined : v }))}
              options={[
                { value: ALL, label: 'Any sentiment' },
                { value: 'positive', label: 'Positive' },
                { value: 'neutral', label: 'Neutral' },
                { value: 'negative', label: 'Negative' },
              ]}
            />
          </FormField>
        </div>
        {mentions.isPending ? (
          <SkeletonRows rows={4} label="Loading mentions" />
        ) : mentions.isError ? (
          <ErrorState message={errorMessage(mentions.error)} onRetry={() => mentions.refetch()} />
        ) : mentions.data.items.length === 0 ? (
          <EmptyState icon={MessageSquareQuote} title="No mention yet">
            Mentions are found in the items your sources bring in.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-line" aria-label="Mentions">
            {mentions.data.items.map((m) => (
              <li key={m.id} className="flex flex-col gap-1.5 py-3" data-testid="mention">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-ink">{m.entity}</span>
                  <Badge>{m.kind === 'brand' ? 'Brand' : 'Competitor'}</Badge>
                  <SentimentBadge label={m.label} score={m.sentiment} />
                  <time className="ml-auto text-xs text-muted" dateTime={m.published_at} title={absoluteTime(m.published_at)}>
                    {relativeTime(m.published_at)}
                  </time>
                </div>
                <p className="text-sm break-words text-slate">“{m.snippet}”</p>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
