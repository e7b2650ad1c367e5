import { ChartLine } from 'lucide-react';
import { useState } from 'react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import { cn } from '@/lib/cn';
import { useShareOfVoice, type SovPeriod } from '../api/get-share-of-voice';
import { pathOf, SERIES_STROKES, SERIES_SWATCHES, seriesPoints, sovSeries, type Geometry } from '../lib/share-of-voice';

const G: Geometry = { width: 600, height: 220, pad: 16 };
const pct = (v: number) => `${Math.round(v * 100)}%`;

/**
 * Each entity's share of the mentions per day or week. The picture is for the eye; the figures are in
 * the table below it, which screen readers read.
 */
export function ShareOfVoiceChart() {
  const [period, setPeriod] = useState<SovPeriod>('day');
  const [days, setDays] = useState(30);
  const sov = useShareOfVoice(period, days);
  const data = sov.data ? sovSeries(sov.data) : null;

  return (
    <Card aria-labelledby="sov-title">
      <CardHeader>
        <CardTitle id="sov-title">Share of voice</CardTitle>
        <CardDescription>Each name’s share of all mentions of your brand and competitors, over time.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <div className="grid gap-3 sm:max-w-md sm:grid-cols-2">
          <FormField id="sov-period" label="Per">
            <Select value={period} onValueChange={(v) => setPeriod(v as SovPeriod)} options={[{ value: 'day', label: 'Day' }, { value: 'week', label: 'Week' }]} />
          </FormField>
          <FormField id="sov-days" label="Over">
            <Select
              value={String(days)}
              onValueChange={(v) => setDays(Number(v))}
              options={[
                { value: '7', label: 'Last 7 days' },
                { value: '30', label: 'Last 30 days' },
                { value: '90', label: 'Last 90 days' },
              ]}
            />
          </FormField>
        </div>
        {sov.isPending ? (
          <Skeleton className="h-52 w-full" />
        ) : sov.isError ? (
          <ErrorState message={errorMessage(sov.error)} onRetry={() => sov.refetch()} />
        ) : !data || data.periods.length === 0 || data.series.length === 0 ? (
          <EmptyState icon={ChartLine} title="No mention in this period">
            Share of voice appears once your sources bring in items that name your brand or a competitor.
          </EmptyState>
        ) : (
          <>
            <svg viewBox={`0 0 ${G.width} ${G.height}`} className="h-52 w-full" preserveAspectRatio="none" aria-hidden="true" data-testid="sov-svg">
              {[0, 0.5, 1].map((f) => (
                <line key={f} x1={G.pad} x2={G.width - G.pad} y1={G.pad + f * (G.height - 2 * G.pad)} y2={G.pad + f * (G.height - 2 * G.pad)} className="stroke-line" strokeDasharray="4 4" />
              ))}
              {data.series.map((s, i) => (
                <g key={s.name} className={SERIES_STROKES[i % SERIES_STROKES.length]}>
                  <path data-line d={pathOf(seriesPoints(s.values, G))} fill="none" strokeWidth={s.kind === 'brand' ? 3 : 2} vectorEffect="non-scaling-stroke" />
                  {/* A dot per period (a zero-length round-capped stroke stays round although the picture is stretched), so one period still shows. */}
                  {seriesPoints(s.values, G).map((pt, n) => (
                    <path key={n} d={`M${pt.x} ${pt.y} l0.01 0`} fill="none" strokeWidth={7} strokeLinecap="round" vectorEffect="non-scaling-stroke" />
                  ))}
                </g>
              ))}
            </svg>
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate" aria-label="Share over the period">
              {data.series.map((s, i) => (
                <li key={s.name} className="flex items-center gap-1.5">
                  <span className={cn('inline-block h-1 w-4 rounded-full', SERIES_SWATCHES[i % SERIES_SWATCHES.length])} aria-hidden="true" />
                  <span className={s.kind === 'brand' ? 'font-semibold text-ink' : undefined}>{s.name}</span>
                  <span className="tabular-nums">
                    {pct(s.share)} · {s.total} mention{s.total === 1 ? '' : 's'}
                  </span>
                </li>
              ))}
            </ul>
            <details className="text-sm">
              <summary className="cursor-pointer font-medium text-primary">Show the figures</summary>
              <div className="mt-2 overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Share of voice per {period}</caption>
                  <thead className="text-xs text-muted uppercase">
                    <tr>
                      <th scope="col" className="py-1 pr-3">
                        {period === 'day' ? 'Day' : 'Week'}
                      </th>
                      {data.series.map((s) => (
                        <th key={s.name} scope="col" className="py-1 pr-3 text-right">
                          {s.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {data.periods.map((p, i) => (
                      <tr key={p} className="border-t border-line">
                        <th scope="row" className="py-1 pr-3 font-normal">
                          {p}
                        </th>
                        {data.series.map((s) => (
                          <td key={s.name} className="py-1 pr-3 text-right tabular-nums">
                            {pct(s.values[i])}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </>
        )}
      </CardContent>
    </Card>
  );
}
