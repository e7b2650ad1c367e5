/** Share of voice over time as chart series: one line per entity, shares 0 to 1 per period. */
import type { ShareOfVoice } from '@/lib/api/types';

export type SovSeries = { name: string; kind: string; values: number[]; total: number; share: number };

export function sovSeries(sov: ShareOfVoice): { periods: string[]; series: SovSeries[] } {
  const periods = sov.points.map((p) => p.period);
  const names = sov.entities.length > 0 ? sov.entities : Object.keys(sov.totals).map((name) => ({ name, kind: 'competitor' as const }));
  const series = names.map((e) => ({
    name: e.name,
    kind: e.kind,
    values: sov.points.map((p) => p.shares[e.name] ?? 0),
    total: sov.totals[e.name] ?? 0,
    share: sov.shares[e.name] ?? 0,
  }));
  // The brand first, then the loudest competitors.
  series.sort((a, b) => (a.kind === 'brand' ? -1 : b.kind === 'brand' ? 1 : b.total - a.total));
  return { periods, series };
}

export type Geometry = { width: number; height: number; pad: number };

/** Points of one series in the SVG box; shares are 0 to 1 so the vertical scale is fixed. */
export function seriesPoints(values: number[], g: Geometry): { x: number; y: number }[] {
  const w = g.width - 2 * g.pad;
  const h = g.height - 2 * g.pad;
  return values.map((v, i) => ({
    x: g.pad + (values.length <= 1 ? w / 2 : (i / (values.length - 1)) * w),
    y: g.pad + (1 - Math.min(1, Math.max(0, v))) * h,
  }));
}

export function pathOf(points: { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
}

/** Series colours from the design tokens: the brand always in primary. */
export const SERIES_STROKES = ['stroke-primary', 'stroke-coral', 'stroke-warning-ink', 'stroke-slate', 'stroke-success', 'stroke-danger'];
export const SERIES_SWATCHES = ['bg-primary', 'bg-coral', 'bg-warning-ink', 'bg-slate', 'bg-success', 'bg-danger'];
