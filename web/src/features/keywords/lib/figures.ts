/** Readable figures of the keyword map. */

/** `0%` to `100%`, whole percents. */
export function percent(share: number): string {
  if (!Number.isFinite(share) || share <= 0) return '0%';
  return `${Math.round(Math.min(1, share) * 100)}%`;
}

/** Competitor pages using a phrase, in all and per competitor, most first: "Acme 3, Beta 1". */
export function competitorPages(competitors: Record<string, number>): { total: number; detail: string } {
  const entries = Object.entries(competitors)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { total: entries.reduce((s, [, n]) => s + n, 0), detail: entries.map(([name, n]) => `${name} ${n}`).join(', ') };
}

/** `12,100` searches; `–` when unknown. */
export function volume(v: number | null | undefined): string {
  return v == null ? '–' : v.toLocaleString('en');
}

/** `$1.20`; `–` when unknown. CPC is shown in the export's currency, which the tools give in dollars by default. */
export function cpc(v: number | null | undefined): string {
  return v == null ? '–' : `$${v.toFixed(2)}`;
}

export function difficulty(v: number | null | undefined): string {
  return v == null ? '–' : String(Math.round(v));
}

/** The score 0..1 as 0 to 100. */
export function score(v: number): string {
  return String(Math.round(Math.max(0, Math.min(1, v)) * 100));
}
