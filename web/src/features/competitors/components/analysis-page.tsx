import { Scale } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton, SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import { useCompetitors } from '../api/get-competitors';
import { useOurBrand } from '../api/get-our-brand';
import { useSnapshotsOf } from '../api/get-snapshots';
import { brandPositioning, compareTerms, competitorPositioning, positioningTexts, termsOf, type Positioning } from '../lib/compare';
import { planPrice } from '../lib/plans';
import { CompetitorTabs } from './competitor-tabs';

type Column = { key: string; name: string; href?: string; ours: boolean; p: Positioning | null; loading: boolean };

function List({ items }: { items: string[] }) {
  if (items.length === 0) return <span className="text-muted">—</span>;
  return (
    <ul className="flex flex-col gap-0.5">
      {items.map((v, i) => (
        <li key={i} className="break-words">
          {v}
        </li>
      ))}
    </ul>
  );
}

const ROWS: { label: string; render: (p: Positioning) => ReactNode }[] = [
  { label: 'Headline', render: (p) => (p.headline ? <span className="font-medium break-words">{p.headline}</span> : <span className="text-muted">—</span>) },
  { label: 'Value propositions', render: (p) => <List items={p.valueProps} /> },
  { label: 'Calls to action', render: (p) => <List items={p.ctas} /> },
  { label: 'Entry price', render: (p) => <span className="tabular-nums">{p.entryPrice ?? '—'}</span> },
  { label: 'Plans', render: (p) => <List items={p.plans.map((x) => `${x.name}: ${planPrice(x)}`)} /> },
  {
    label: 'Technologies',
    render: (p) =>
      p.technologies.length === 0 ? (
        <span className="text-muted">—</span>
      ) : (
        <span className="flex flex-wrap gap-1">
          {p.technologies.map((t) => (
            <Badge key={t}>{t}</Badge>
          ))}
        </span>
      ),
  },
];

function TermChips({ terms, tone, empty }: { terms: string[]; tone: 'success' | 'coral' | 'neutral'; empty: string }) {
  if (terms.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul className="flex flex-wrap gap-1.5">
      {terms.slice(0, 30).map((t) => (
        <li key={t}>
          <Badge tone={tone}>{t}</Badge>
        </li>
      ))}
    </ul>
  );
}

/** `/competitors/analysis`: our positioning beside each competitor's, with the messaging gaps and strengths. */
export function AnalysisPage() {
  const competitors = useCompetitors();
  const brand = useOurBrand();
  const items = competitors.data?.items ?? [];
  const snapshots = useSnapshotsOf(items.map((c) => c.id));

  const columns: Column[] = [
    {
      key: 'ours',
      name: brand.data?.name ?? 'Our brand',
      href: brand.data ? `/brands/${brand.data.id}/foundation` : undefined,
      ours: true,
      p: brand.data ? brandPositioning(brand.data.draft) : null,
      loading: brand.isPending,
    },
    ...items.map((c, i) => ({
      key: c.id,
      name: c.name,
      href: `/competitors/${c.id}`,
      ours: false,
      // A competitor without any readable snapshot has nothing to compare yet.
      p: snapshots[i]?.data?.items.some((v) => v.snapshot) ? competitorPositioning(snapshots[i].data.items) : null,
      loading: !!snapshots[i]?.isPending,
    })),
  ];
  const theirs = columns.filter((c) => !c.ours && c.p && c.p.headline + c.p.valueProps.join('') !== '');
  // Without a brand yet, every competitor term is a gap and nothing is ours alone.
  const ours = brand.isPending ? null : (columns[0].p ?? brandPositioning(null));
  const terms = ours
    ? compareTerms(
        termsOf(positioningTexts(ours)),
        theirs.map((c) => ({ name: c.name, terms: termsOf(positioningTexts(c.p!)) })),
        columns.map((c) => c.name),
      )
    : null;

  return (
    <>
      <PageHeader title="Competitors" description="Your positioning beside your competitors’, from their latest snapshots and your brand foundation." />
      <CompetitorTabs />
      {competitors.isPending ? (
        <SkeletonRows rows={6} label="Loading the comparison" />
      ) : competitors.isError ? (
        <Card>
          <ErrorState message={errorMessage(competitors.error)} onRetry={() => competitors.refetch()} />
        </Card>
      ) : items.length === 0 ? (
        <Card>
          <EmptyState icon={Scale} title="Nothing to compare yet">
            Add competitors and take their first snapshot: their headlines, value propositions, calls to action, prices and technologies appear here beside
            yours. <Link to="/competitors" className="text-primary underline">Add a competitor</Link>
          </EmptyState>
        </Card>
      ) : (
        <div className="flex flex-col gap-6">
          <Card aria-labelledby="positioning-title">
            <CardHeader>
              <CardTitle id="positioning-title">Positioning side by side</CardTitle>
              <CardDescription>Our column comes from the brand foundation; each competitor’s from its latest snapshot.</CardDescription>
            </CardHeader>
            <div className="w-full overflow-x-auto" role="region" aria-label="Positioning side by side" tabIndex={0}>
              <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
                <thead className="border-b border-line bg-mist/60 text-xs tracking-wide text-muted uppercase">
                  <tr>
                    <td className="px-4 py-3" />
                    {columns.map((c) => (
                      <th key={c.key} scope="col" className="px-4 py-3 font-semibold normal-case">
                        {c.href ? (
                          <Link to={c.href} className="text-ink hover:text-primary">
                            {c.name}
                          </Link>
                        ) : (
                          <span className="text-ink">{c.name}</span>
                        )}
                        {c.ours && <span className="ml-1 text-xs font-normal text-muted"> (us)</span>}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-line">
                  {ROWS.map((r) => (
                    <tr key={r.label}>
                      <th scope="row" className="px-4 py-3 align-top font-medium whitespace-nowrap text-slate">
                        {r.label}
                      </th>
                      {columns.map((c) => (
                        <td key={c.key} className="px-4 py-3 align-top">
                          {c.loading ? <Skeleton className="h-4 w-24" /> : c.p ? r.render(c.p) : <span className="text-muted">{c.ours ? 'No brand yet' : 'No snapshot yet'}</span>}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
          <div className="grid gap-6 lg:grid-cols-3">
            <Card aria-labelledby="overlap-title">
              <CardHeader>
                <CardTitle id="overlap-title">Shared terms</CardTitle>
                <CardDescription>Words our messaging shares with at least one competitor.</CardDescription>
              </CardHeader>
              <CardContent>{terms ? <TermChips terms={terms.shared} tone="neutral" empty="No overlap found." /> : <Skeleton className="h-16 w-full" />}</CardContent>
            </Card>
            <Card aria-labelledby="gaps-title">
              <CardHeader>
                <CardTitle id="gaps-title">Opportunities</CardTitle>
                <CardDescription>What competitors talk about and we do not, most used first.</CardDescription>
              </CardHeader>
              <CardContent>
                {terms ? (
                  terms.gaps.length === 0 ? (
                    <p className="text-sm text-muted">No gap: every competitor term is in our messaging.</p>
                  ) : (
                    <ul className="flex flex-col gap-1 text-sm" aria-label="Messaging gaps">
                      {terms.gaps.slice(0, 12).map((g) => (
                        <li key={g.term} className="flex flex-wrap items-center gap-2">
                          <Badge tone="coral">{g.term}</Badge>
                          <span className="text-xs text-muted">{g.competitors.join(', ')}</span>
                        </li>
                      ))}
                    </ul>
                  )
                ) : (
                  <Skeleton className="h-16 w-full" />
                )}
              </CardContent>
            </Card>
            <Card aria-labelledby="strengths-title">
              <CardHeader>
                <CardTitle id="strengths-title">Strengths</CardTitle>
                <CardDescription>What our messaging says and no competitor does.</CardDescription>
              </CardHeader>
              <CardContent>{terms ? <TermChips terms={terms.strengths} tone="success" empty="Nothing ours alone yet." /> : <Skeleton className="h-16 w-full" />}</CardContent>
            </Card>
          </div>
        </div>
      )}
    </>
  );
}
