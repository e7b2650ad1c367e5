/** What an import of keyword metrics did, in words. */
import type { ImportResult } from '@/lib/api/types';

const FORMATS: Record<string, string> = {
  semrush: 'Semrush',
  ahrefs: 'Ahrefs',
  google_ads: 'Google Keyword Planner',
  keyword_planner: 'Google Keyword Planner',
  generic: 'a keyword and volume list',
  plain: 'a keyword and volume list',
};

export function formatName(format: string): string {
  return FORMATS[format] ?? format.replace(/_/g, ' ');
}

const n = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** A headline and one line per outcome, e.g. "Read 120 keywords from a Semrush export." */
export function importSummary(r: ImportResult): { title: string; lines: string[] } {
  const { matched, added, unmatched } = r.report;
  const lines = [
    `${n(matched, 'keyword', 'keywords')} matched phrases already on the map.`,
    `${n(added, 'keyword was', 'keywords were')} added to the map as new phrases.`,
  ];
  if (unmatched > 0) lines.push(`${n(unmatched, 'keyword appears', 'keywords appear')} on none of the crawled pages: worth a page of their own.`);
  return { title: `Read ${n(r.rows, 'keyword', 'keywords')} from ${r.format === 'generic' || r.format === 'plain' ? '' : 'a '}${formatName(r.format)}${r.format === 'generic' || r.format === 'plain' ? '' : ' export'}.`, lines };
}

/** Files the server would refuse anyway: told before uploading. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export function checkImportFile(file: { name: string; size: number }): string | null {
  if (file.size === 0) return 'This file is empty.';
  if (file.size > MAX_IMPORT_BYTES) return 'This file is larger than 10 MB. Export fewer keywords, or split the file.';
  if (!/\.(csv|tsv|txt)$/i.test(file.name)) return 'Choose a CSV export (.csv, .tsv or .txt).';
  return null;
}
