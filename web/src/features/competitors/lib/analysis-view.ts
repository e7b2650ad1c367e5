/** How the server's competitive analysis reads on the Compare page: pure formatting, no computing of the comparison. */
import type { CompetitorAnalysis, PositioningRow } from '@/lib/api/types';

/**
 * What the page can show: nothing without competitors, a call to take snapshots while none of them has
 * one (every competitor row would be empty), the report otherwise.
 */
export type AnalysisState = 'no-competitors' | 'no-snapshots' | 'ready';

export function analysisState(a: Pick<CompetitorAnalysis, 'competitors' | 'without_snapshot'>): AnalysisState {
  if (a.competitors === 0) return 'no-competitors';
  if (a.without_snapshot.length >= a.competitors) return 'no-snapshots';
  return 'ready';
}

/** The keyword overlap (Jaccard index, 0 to 1) as a whole percentage: "38% overlap". */
export function overlapLabel(jaccard: number): string {
  const pct = Math.round(Math.min(1, Math.max(0, jaccard)) * 100);
  return `${pct}% overlap`;
}

/** The entry price as the page publishes it; "Free only" when the only plans are free, "—" when none is published. */
export function entryPriceText(row: Pick<PositioningRow, 'entry_price_label' | 'free_tier' | 'plan_count'>): string {
  if (row.entry_price_label) return row.entry_price_label;
  if (row.free_tier && row.plan_count > 0) return 'Free only';
  return '—';
}

/** The first `max` items and how many more there are, so long keyword lists stay readable. */
export function clip<T>(items: T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** "Acme, Beta and Gamma". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
