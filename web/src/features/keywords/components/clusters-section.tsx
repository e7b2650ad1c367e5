import { Flag, Lightbulb } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { KeywordCluster } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { contentTypeLabel } from '../lib/labels';
import { CoverageBars } from './coverage-bars';
import { IntentBadge } from './intent-badge';

/** The map's topics: intent, coverage ours against competitors, the gap flag and what to write. */
export function ClustersSection({ clusters, selected, onSelect }: { clusters: KeywordCluster[]; selected: number | null; onSelect: (id: number | null) => void }) {
  return (
    <section aria-labelledby="clusters-title" className="flex flex-col gap-3">
      <div>
        <h2 id="clusters-title" className="text-lg font-semibold text-ink">
          Topics
        </h2>
        <p className="text-sm text-muted">Phrases grouped by meaning. Pick a topic to list its keywords.</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label="Topic clusters">
        {clusters.map((c) => {
          const on = selected === c.id;
          return (
            <li key={c.id} className="flex" data-testid="cluster">
              <Card className={cn('flex w-full flex-col', on && 'ring-2 ring-primary')}>
                <CardHeader className="pb-3">
                  <div className="flex flex-wrap items-center gap-2">
                    <IntentBadge intent={c.intent} />
                    {c.gap && (
                      <Badge tone="danger">
                        <Flag className="size-3" aria-hidden="true" />
                        Gap
                      </Badge>
                    )}
                  </div>
                  <CardTitle as="h3" className="text-base">
                    {c.label}
                  </CardTitle>
                  <CardDescription className="line-clamp-2">{c.keywords.slice(0, 6).join(', ')}</CardDescription>
                </CardHeader>
                <div className="flex flex-1 flex-col gap-3 px-5 pb-5 sm:px-6">
                  <CoverageBars ours={c.ours_coverage} competitors={c.competitor_coverage} />
                  <div className="flex gap-2 rounded-[var(--radius-button)] bg-mist px-3 py-2 text-sm">
                    <Lightbulb className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden="true" />
                    <p>
                      <span className="font-semibold text-ink">{contentTypeLabel(c.recommendation.content_type)}: </span>
                      <span className="text-slate">{c.recommendation.rationale}</span>
                    </p>
                  </div>
                  <div className="mt-auto">
                    <button
                      type="button"
                      aria-pressed={on}
                      onClick={() => onSelect(on ? null : c.id)}
                      className="min-h-11 text-sm font-medium text-primary underline-offset-4 hover:underline"
                    >
                      {on ? 'Show every keyword' : c.keywords.length === 1 ? 'Show its keyword' : `Show its ${c.keywords.length} keywords`}
                    </button>
                  </div>
                </div>
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
