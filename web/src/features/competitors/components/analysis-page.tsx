import { Camera, Scale } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { CompetitorAnalysis, KeywordOverlap, PositioningRow } from '@/lib/api/types';
import { absoluteTime } from '@/lib/format';
import { useAnalysis } from '../api/get-analysis';
import { useCompetitors } from '../api/get-competitors';
import { analysisState, clip, entryPriceText, joinNames, overlapLabel } from '../lib/analysis-view';
import { CompetitorTabs } from './competitor-tabs';

function Dash() {
  return <span className="text-muted">—</span>;
}

function List({ items }: { items: string[] }) {
  if (items.length === 0) return <Dash />;
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

const yesNo = (v: boolean) => (v ? 'Yes' : 'No');

const ROWS: { label: string; render: (r: PositioningRow) => ReactNode }[] = [
  { label: 'Headline', render: (r) => (r.headline ? <span className="font-medium break-words">{r.headline}</span> : <Dash />) },
  { label: 'Value propositions', render: (r) => <List items={r.value_propositions} /> },
  { label: 'Calls to action', render: (r) => <List items={r.calls_to_action} /> },
  { label: 'Entry price', render: (r) => <span className="tabular-nums">{entryPriceText(r)}</span> },
  { label: 'Price range', render: (r) => (r.price_range ? <span className="tabular-nums">{r.price_range}</span> : <Dash />) },
  { label: 'Plans', render: (r) => <span className="tabular-nums">{r.plan_count}</span> },
  { label: 'Free tier', render: (r) => yesNo(r.free_tier) },
  { label: 'Free trial', render: (r) => yesNo(r.free_trial) },
  {
    label: 'Technologies',
    render: (r) =>
      r.technologies.length === 0 ? (
        <Dash />
      ) : (
        <span className="flex flex-wrap gap-1">
          {r.technologies.map((t) => (
            <Badge key={t}>{t}</Badge>
          ))}
        </span>
      ),
  },
];

function Chips({ items, tone, max = 15, label }: { items: string[]; tone: BadgeTone; max?: number; label: string }) {
  if (items.length === 0) return <p className="text-sm text-muted">None</p>;
  const { shown, more } = clip(items, max);
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={label}>
      {shown.map((t) => (
        <li key={t}>
          <Badge tone={tone}>{t}</Badge>
        </li>
      ))}
      {more > 0 && <li className="self-center text-xs text-muted">and {more} more</li>}
    </ul>
  );
}

function Sentences({ items, label, empty }: { items: string[]; label: string; empty: string }) {
  if (items.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul className="flex list-disc flex-col gap-1.5 pl-5 text-sm text-ink" aria-label={label}>
      {items.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ul>
  );
}

function PositioningTable({ a, links, usHref }: { a: CompetitorAnalysis; links: Map<string, string>; usHref?: string }) {
  const waiting = new Set(a.without_snapshot);
  return (
    <Card aria-labelledby="positioning-title">
      <CardHeader>
        <CardTitle id="positioning-title">Positioning side by side</CardTitle>
        <CardDescription>
          Our column comes from the brand foundation; each competitor’s from its latest snapshot.
          {!a.brand_id && ' Create a brand to fill in our column.'}
        </CardDescription>
      </CardHeader>
      <div className="w-full overflow-x-auto" role="region" aria-label="Positioning side by side" tabIndex={0}>
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
          <thead className="border-b border-line bg-mist/60 text-xs tracking-wide text-muted uppercase">
            <tr>
              <td className="px-4 py-3" />
              {a.side_by_side.map((r) => {
                const href = r.is_us ? usHref : links.get(r.name);
                return (
                  <th key={`${r.is_us}-${r.name}`} scope="col" className="px-4 py-3 font-semibold normal-case">
                    {href ? (
                      <Link to={href} className="text-ink hover:text-primary">
                        {r.name}
                      </Link>
                    ) : (
                      <span className="text-ink">{r.name}</span>
                    )}
                    {r.is_us && <span className="ml-1 text-xs font-normal text-muted"> (us)</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {ROWS.map((row) => (
              <tr key={row.label}>
                <th scope="row" className="px-4 py-3 align-top font-medium whitespace-nowrap text-slate">
                  {row.label}
                </th>
                {a.side_by_side.map((r) => (
                  <td key={`${r.is_us}-${r.name}`} className="px-4 py-3 align-top">
                    {!r.is_us && waiting.has(r.name) ? <span className="text-muted">No snapshot yet</span> : row.render(r)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

function OverlapRow({ o }: { o: KeywordOverlap }) {
  return (
    <li className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-heading text-sm font-semibold text-ink">{o.competitor}</h3>
        <span className="text-xs text-muted tabular-nums">{overlapLabel(o.jaccard)}</span>
      </div>
      <div className="grid gap-3 md:grid-cols-3">
        <div>
          <p className="mb-1.5 text-xs font-medium tracking-wide text-muted uppercase">Shared ({o.shared.length})</p>
          <Chips items={o.shared} tone="neutral" label={`Keywords shared with ${o.competitor}`} />
        </div>
        <div>
          <p className="mb-1.5 text-xs font-medium tracking-wide text-muted uppercase">Only them ({o.only_them.length})</p>
          <Chips items={o.only_them} tone="coral" label={`Keywords only ${o.competitor} uses`} />
        </div>
        <div>
          <p className="mb-1.5 text-xs font-medium tracking-wide text-muted uppercase">Only us ({o.only_us.length})</p>
          <Chips items={o.only_us} tone="success" label={`Keywords we use and ${o.competitor} does not`} />
        </div>
      </div>
    </li>
  );
}

function KeywordOverlapCard({ a }: { a: CompetitorAnalysis }) {
  return (
    <Card aria-labelledby="overlap-title">
      <CardHeader>
        <CardTitle id="overlap-title">Keyword overlap</CardTitle>
        <CardDescription>
          {a.keywords_built_at
            ? `The keywords our pages and each competitor’s use, from the keyword map built ${absoluteTime(a.keywords_built_at)}.`
            : 'The keywords our pages and each competitor’s use, from the keyword map.'}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {!a.keywords_built_at ? (
          <p className="text-sm text-muted">
            No keyword map yet: build it on the{' '}
            <Link to="/keywords" className="text-primary underline">
              Keywords
            </Link>{' '}
            page, after a crawl of our site and snapshots of the competitors, to see which keywords we share.
          </p>
        ) : (
          <ul className="flex flex-col divide-y divide-line" aria-label="Keyword overlap per competitor">
            {a.keyword_overlap.map((o) => (
              <OverlapRow key={o.competitor} o={o} />
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

function Report({ a, links, usHref }: { a: CompetitorAnalysis; links: Map<string, string>; usHref?: string }) {
  return (
    <div className="flex flex-col gap-6">
      {a.without_snapshot.length > 0 && (
        <p role="status" className="rounded-[var(--radius-card)] border border-line bg-mist/60 px-4 py-3 text-sm text-slate">
          No snapshot yet of {joinNames(a.without_snapshot)}: take one from {a.without_snapshot.length === 1 ? 'its' : 'each'} competitor page to fill in
          {a.without_snapshot.length === 1 ? ' its column' : ' their columns'}.
        </p>
      )}
      <PositioningTable a={a} links={links} usHref={usHref} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card aria-labelledby="gaps-title">
          <CardHeader>
            <CardTitle id="gaps-title">Gaps</CardTitle>
            <CardDescription>Topics and keywords at least two competitors cover and we do not, most covered first.</CardDescription>
          </CardHeader>
          <CardContent>
            {a.gaps.length === 0 ? (
              <p className="text-sm text-muted">No gap: no two competitors cover a topic we leave out.</p>
            ) : (
              <Chips items={a.gaps} tone="coral" max={20} label="Messaging gaps" />
            )}
          </CardContent>
        </Card>
        <Card aria-labelledby="strengths-title">
          <CardHeader>
            <CardTitle id="strengths-title">Strengths</CardTitle>
            <CardDescription>Where we stand apart from the competitors.</CardDescription>
          </CardHeader>
          <CardContent>
            <Sentences items={a.strengths} label="Strengths" empty="Nothing sets us apart yet: fill in the brand foundation and publish prices." />
          </CardContent>
        </Card>
        <Card aria-labelledby="opportunities-title">
          <CardHeader>
            <CardTitle id="opportunities-title">Opportunities</CardTitle>
            <CardDescription>What to say or offer next, from the gaps and the competitors’ offers.</CardDescription>
          </CardHeader>
          <CardContent>
            <Sentences items={a.opportunities} label="Opportunities" empty="No opportunity found: we cover what the competitors do." />
          </CardContent>
        </Card>
      </div>
      <KeywordOverlapCard a={a} />
    </div>
  );
}

/** `/competitors/analysis`: the server's competitive analysis, our positioning beside each competitor's. */
export function AnalysisPage() {
  const analysis = useAnalysis();
  // Only for links to each competitor's page: the report names competitors, the list knows their ids.
  const competitors = useCompetitors();
  const links = new Map((competitors.data?.items ?? []).map((c) => [c.name, `/competitors/${c.id}`]));
  const a = analysis.data;
  const usHref = a?.brand_id ? `/brands/${a.brand_id}/foundation` : undefined;
  const state = a ? analysisState(a) : null;

  return (
    <>
      <PageHeader title="Competitors" description="Your positioning beside your competitors’, from their latest snapshots, your brand foundation and the keyword map." />
      <CompetitorTabs />
      {analysis.isPending ? (
        <SkeletonRows rows={6} label="Loading the comparison" />
      ) : analysis.isError ? (
        <Card>
          <ErrorState message={errorMessage(analysis.error)} onRetry={() => analysis.refetch()} />
        </Card>
      ) : state === 'no-competitors' ? (
        <Card>
          <EmptyState icon={Scale} title="Nothing to compare yet">
            Add competitors and take their first snapshot: their headlines, value propositions, calls to action, prices and technologies appear here beside
            yours.{' '}
            <Link to="/competitors" className="text-primary underline">
              Add a competitor
            </Link>
          </EmptyState>
        </Card>
      ) : state === 'no-snapshots' ? (
        <Card>
          <EmptyState icon={Camera} title="No snapshots yet">
            None of your competitors has a snapshot yet. Open each one and take a snapshot of its pages: the comparison is made from them.{' '}
            <Link to="/competitors" className="text-primary underline">
              Go to the competitors
            </Link>
          </EmptyState>
        </Card>
      ) : (
        a && <Report a={a} links={links} usHref={usHref} />
      )}
    </>
  );
}
