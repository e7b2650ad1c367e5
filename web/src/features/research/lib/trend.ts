/** The trend chart's series and the per-check changes since the previous crawl. */
import type { AuditTrendView, CheckView, TrendPoint } from '@/lib/api/types';

export type TrendDatum = {
  crawlId: string;
  label: string;
  health: number | null;
  critical: number;
  warnings: number;
  notices: number;
  issues: number;
};

const day = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' });

/** One datum per finished crawl, oldest first, labelled with its date. */
export function trendSeries(points: TrendPoint[]): TrendDatum[] {
  return points.map((p, i) => {
    const t = p.finished_at ? Date.parse(p.finished_at) : NaN;
    return {
      crawlId: p.crawl_id,
      label: Number.isNaN(t) ? `#${i + 1}` : day.format(t),
      health: p.health_score ?? null,
      critical: p.critical,
      warnings: p.warnings,
      notices: p.notices,
      issues: p.critical + p.warnings + p.notices,
    };
  });
}

export type CheckChange = { id: string; title: string; severity: string; before: number; after: number; delta: number };

/**
 * The checks whose affected URLs changed, largest change first. Titles come from the current audit;
 * a check that no longer finds anything is absent from it, so its id is shown as is.
 */
export function checkChanges(trend: AuditTrendView | null | undefined, checks: CheckView[]): CheckChange[] {
  if (!trend) return [];
  const byId = new Map(checks.map((c) => [c.id, c]));
  return trend.checks
    .map((d) => {
      const c = byId.get(d.id);
      return { id: d.id, title: c?.title ?? humanizeId(d.id), severity: c?.severity ?? 'notice', before: d.before, after: d.after, delta: d.after - d.before };
    })
    .filter((c) => c.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.title.localeCompare(b.title));
}

/** `missing-title` → `Missing title`. */
export function humanizeId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : id;
}

/** `+3`, `−2` (a real minus sign) or `0`. */
export function signed(n: number): string {
  if (n > 0) return `+${n.toLocaleString('en')}`;
  if (n < 0) return `\u2212${Math.abs(n).toLocaleString('en')}`;
  return '0';
}

/** The health change against the previous crawl, or null when either was not scored. */
export function healthDelta(now: number | null | undefined, before: number | null | undefined): number | null {
  return now == null || before == null ? null : now - before;
}

export type ChartGeometry = { width: number; height: number; pad: number };

/**
 * Points of a line through `values` in a box: x spread evenly, y scaled from 0 to `max` (top).
 * Missing values break the line, so each returned segment is drawn on its own.
 */
export function lineSegments(values: (number | null)[], max: number, g: ChartGeometry): { x: number; y: number }[][] {
  const n = values.length;
  const innerW = g.width - 2 * g.pad;
  const innerH = g.height - 2 * g.pad;
  const top = max > 0 ? max : 1;
  const segments: { x: number; y: number }[][] = [];
  let current: { x: number; y: number }[] = [];
  values.forEach((v, i) => {
    if (v == null) {
      if (current.length) segments.push(current);
      current = [];
      return;
    }
    const x = g.pad + (n === 1 ? innerW / 2 : (i * innerW) / (n - 1));
    const y = g.pad + innerH - (Math.min(v, top) / top) * innerH;
    current.push({ x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
  });
  if (current.length) segments.push(current);
  return segments;
}

/** A round upper bound for an axis: 1, 2 or 5 times a power of ten, at least `value`. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 5, 10]) if (m * p >= value) return m * p;
  return 10 * p;
}
