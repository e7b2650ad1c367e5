import { Target } from 'lucide-react';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import { useGaps } from '../api/get-gaps';
import { volume } from '../lib/figures';
import { contentTypeLabel } from '../lib/labels';
import { IntentBadge } from './intent-badge';

/** Topics competitors cover and we don't, with the content to write about each. */
export function GapsSection() {
  const gaps = useGaps();
  return (
    <Card aria-labelledby="gaps-title">
      <CardHeader>
        <CardTitle id="gaps-title">Content gaps</CardTitle>
        <CardDescription>Topics competitors write about and your pages do not, largest competitor presence first.</CardDescription>
      </CardHeader>
      {gaps.isPending ? (
        <SkeletonRows rows={3} label="Loading gaps" />
      ) : gaps.isError ? (
        <ErrorState message={errorMessage(gaps.error)} onRetry={() => gaps.refetch()} />
      ) : gaps.data.items.length === 0 ? (
        <EmptyState icon={Target} title="No gaps found">
          Every topic competitors cover appears on your pages too, or no competitor snapshot has been taken yet.
        </EmptyState>
      ) : (
        <ul className="mt-4 divide-y divide-line border-t border-line" aria-label="Content gaps">
          {gaps.data.items.map((g) => (
            <li key={g.cluster_id} className="flex flex-col gap-2 px-5 py-4 sm:px-6">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="font-semibold text-ink">{g.label}</h3>
                {g.intent && <IntentBadge intent={g.intent} />}
                {g.total_volume != null && <span className="text-xs text-muted">{volume(g.total_volume)} searches a month</span>}
              </div>
              <p className="text-sm text-slate">
                <span className="text-muted">Covered by </span>
                {g.competitors.join(', ')}
                <span className="text-muted"> · phrases: </span>
                {g.keywords.slice(0, 8).join(', ')}
              </p>
              {g.recommendation && (
                <p className="text-sm">
                  <span className="font-semibold text-ink">Write a {contentTypeLabel(g.recommendation.content_type).toLowerCase()}: </span>
                  <span className="text-slate">{g.recommendation.rationale}</span>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
