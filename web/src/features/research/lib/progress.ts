/** Readable figures for a running crawl. */

/** `1.5 pages/s`, one decimal under ten, whole numbers above. */
export function formatRate(rate: number): string {
  if (!Number.isFinite(rate) || rate <= 0) return '0 pages/s';
  const v = rate < 10 ? Math.round(rate * 10) / 10 : Math.round(rate);
  return `${v.toLocaleString('en')} pages/s`;
}

/** `45 s`, `3 min 05 s`, `1 h 02 min`. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${m} min ${String(s).padStart(2, '0')} s`;
  return `${s} s`;
}

/** `512 B`, `1.2 KB`, `3.4 MB`: decimal units, as downloads are usually counted. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1000) return `${Math.max(0, Math.round(bytes || 0))} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = -1;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i += 1;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

/** `12%`; under one percent shows `<1%` so a handful of pages is not read as none. */
export function formatShare(share: number): string {
  if (!Number.isFinite(share) || share <= 0) return '0%';
  if (share < 0.01) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/**
 * How far the crawl is towards its page budget, 0 to 1. Fetches count resources too, so this is an
 * estimate; it never reads as finished while pages are still queued.
 */
export function budgetShare(crawled: number, queued: number, maxPages: number): number {
  if (maxPages <= 0) return 0;
  const share = Math.min(1, crawled / maxPages);
  return queued > 0 ? Math.min(share, 0.99) : share;
}
