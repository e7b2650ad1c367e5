import { LineChart } from 'lucide-react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import { useTrend } from '../api/get-trend';
import { lineSegments, niceMax, trendSeries, type ChartGeometry, type TrendDatum } from '../lib/trend';

const G: ChartGeometry = { width: 600, height: 200, pad: 16 };

const SERIES: { key: keyof Pick<TrendDatum, 'health' | 'critical' | 'warnings' | 'notices'>; label: string; stroke: string; swatch: string; axis: 'health' | 'issues' }[] = [
  { key: 'health', label: 'Health score', stroke: 'stroke-primary', swatch: 'bg-primary', axis: 'health' },
  { key: 'critical', label: 'Critical', stroke: 'stroke-danger', swatch: 'bg-danger', axis: 'issues' },
  { key: 'warnings', label: 'Warnings', stroke: 'stroke-warning-ink', swatch: 'bg-warning-ink', axis: 'issues' },
  { key: 'notices', label: 'Notices', stroke: 'stroke-slate', swatch: 'bg-slate', axis: 'issues' },
];

function path(points: { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
}

/**
 * Health (0-100) and issue counts across finished crawls. The picture is for the eye; the same
 * figures are in the table below it, which screen readers read.
 */
export function TrendChart({ siteId }: { siteId: string }) {
  const trend = useTrend(siteId);
  const data = trend.data ? trendSeries(trend.data.points) : [];
  const issuesMax = niceMax(Math.max(0, ...data.flatMap((d) => [d.critical, d.warnings, d.notices])));

  return (
    <Card aria-labelledby="trend-title">
      <CardHeader>
        <CardTitle id="trend-title">Trend</CardTitle>
        {data.length >= 2 && <CardDescription>Health score (0 to 100) and issues per severity (0 to {issuesMax.toLocaleString('en')}) across crawls.</CardDescription>}
      </CardHeader>
      <CardContent>
        {trend.isPending ? (
          <Skeleton className="h-48 w-full" />
        ) : trend.isError ? (
          <ErrorState message={errorMessage(trend.error)} onRetry={() => trend.refetch()} />
        ) : data.length < 2 ? (
          <EmptyState icon={LineChart} title="Not enough crawls yet">
            The trend appears after two finished crawls. A daily or weekly schedule builds it for you.
          </EmptyState>
        ) : (
          <div className="flex flex-col gap-3">
            <svg viewBox={`0 0 ${G.width} ${G.height}`} className="h-48 w-full" preserveAspectRatio="none" aria-hidden="true" data-testid="trend-svg">
              {[0, 0.5, 1].map((f) => (
                <line key={f} x1={G.pad} x2={G.width - G.pad} y1={G.pad + f * (G.height - 2 * G.pad)} y2={G.pad + f * (G.height - 2 * G.pad)} className="stroke-line" strokeDasharray="4 4" />
              ))}
              {SERIES.map((s) =>
                lineSegments(
                  data.map((d) => d[s.key]),
                  s.axis === 'health' ? 100 : issuesMax,
                  G,
                ).map((seg, i) => (
                  <g key={`${s.key}-${i}`}>
                    <path d={path(seg)} fill="none" strokeWidth={s.axis === 'health' ? 3 : 2} vectorEffect="non-scaling-stroke" className={s.stroke} />
                  </g>
                )),
              )}
            </svg>
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate" aria-hidden="true">
              {SERIES.map((s) => (
                <li key={s.key} className="flex items-center gap-1.5">
                  <span className={`inline-block h-1 w-4 rounded-full ${s.swatch}`} />
                  {s.label}
                </li>
              ))}
            </ul>
            <details className="text-sm">
              <summary className="cursor-pointer font-medium text-primary">Show the figures</summary>
              <div className="mt-2 overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Health and issues per crawl</caption>
                  <thead className="text-xs text-muted uppercase">
                    <tr>
                      <th scope="col" className="py-1 pr-3">Crawl</th>
                      <th scope="col" className="py-1 pr-3 text-right">Health</th>
                      <th scope="col" className="py-1 pr-3 text-right">Critical</th>
                      <th scope="col" className="py-1 pr-3 text-right">Warnings</th>
                      <th scope="col" className="py-1 text-right">Notices</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-line">
                    {data.map((d) => (
                      <tr key={d.crawlId}>
                        <th scope="row" className="py-1 pr-3 font-normal">{d.label}</th>
                        <td className="py-1 pr-3 text-right tabular-nums">{d.health ?? '–'}</td>
                        <td className="py-1 pr-3 text-right tabular-nums">{d.critical}</td>
                        <td className="py-1 pr-3 text-right tabular-nums">{d.warnings}</td>
                        <td className="py-1 text-right tabular-nums">{d.notices}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
