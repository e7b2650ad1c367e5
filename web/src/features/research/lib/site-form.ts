/** The "Add a site" form: what can be told before asking the server, and the request body. */
import type { CrawlSchedule, SiteInput } from '@/lib/api/types';

export const DEFAULT_MAX_PAGES = 500;
export const MAX_MAX_PAGES = 10_000;

export type SiteForm = { url: string; name: string; maxPages: string; schedule: CrawlSchedule };

export function emptySiteForm(): SiteForm {
  return { url: '', name: '', maxPages: String(DEFAULT_MAX_PAGES), schedule: 'weekly' };
}

/** Like the server: a bare host means https. */
export function normalizeSiteUrl(value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  const withScheme = v.includes('://') ? v : `https://${v}`;
  try {
    const u = new URL(withScheme);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null;
    return u.toString();
  } catch {
    return null;
  }
}

/** A page budget from 1 to 10,000, or an error sentence. */
export function parseMaxPages(value: string): number | string {
  const n = Number(value.trim());
  if (!value.trim() || !Number.isInteger(n) || n < 1 || n > MAX_MAX_PAGES) return `Enter a whole number from 1 to ${MAX_MAX_PAGES.toLocaleString('en')}.`;
  return n;
}

export function validateSite(f: SiteForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!f.url.trim()) errors.url = 'Enter the address of your website.';
  else if (!normalizeSiteUrl(f.url)) errors.url = 'Enter the address of a website, e.g. https://example.com.';
  if (typeof parseMaxPages(f.maxPages) === 'string') errors.max_pages = parseMaxPages(f.maxPages) as string;
  if (f.name.length > 200) errors.name = 'Keep the name under 200 characters.';
  return errors;
}

export function toSiteInput(f: SiteForm): SiteInput {
  const pages = parseMaxPages(f.maxPages);
  return {
    url: f.url.trim(),
    name: f.name.trim() || null,
    schedule: f.schedule,
    max_pages: typeof pages === 'number' ? pages : null,
  };
}
