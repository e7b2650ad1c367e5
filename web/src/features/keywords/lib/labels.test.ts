import { contentTypeLabel, intentInfo } from './labels';
import { competitorPages, cpc, difficulty, percent, score, volume } from './figures';
import { checkImportFile, formatName, importSummary } from './import-result';

describe('keyword labels and figures', () => {
  it('names intents and content types, unknown ones readable as they come', () => {
    expect(intentInfo('commercial')).toMatchObject({ label: 'Commercial', tone: 'coral' });
    expect(intentInfo('curious').label).toBe('curious');
    expect(contentTypeLabel('comparison_page')).toBe('Comparison page');
    expect(contentTypeLabel('case_study')).toBe('case study');
  });

  it('sums competitor pages and lists the heaviest users first', () => {
    expect(competitorPages({ Beta: 1, Acme: 3, Zed: 0, Able: 1 })).toEqual({ total: 5, detail: 'Acme 3, Able 1, Beta 1' });
    expect(competitorPages({})).toEqual({ total: 0, detail: '' });
  });

  it('shows missing metrics as a dash and known ones in their units', () => {
    expect([volume(null), volume(12100)]).toEqual(['–', '12,100']);
    expect([cpc(undefined), cpc(1.2)]).toEqual(['–', '$1.20']);
    expect([difficulty(null), difficulty(41.6)]).toEqual(['–', '42']);
    expect([percent(0), percent(0.333), percent(1.4)]).toEqual(['0%', '33%', '100%']);
    expect(score(0.876)).toBe('88');
  });
});

describe('import results', () => {
  it('says what was read, matched, added and left without a page', () => {
    expect(importSummary({ format: 'semrush', rows: 120, report: { matched: 80, added: 40, unmatched: 40 } })).toEqual({
      title: 'Read 120 keywords from a Semrush export.',
      lines: ['80 keywords matched phrases already on the map.', '40 keywords were added to the map as new phrases.', '40 keywords appear on none of the crawled pages: worth a page of their own.'],
    });
    expect(importSummary({ format: 'generic', rows: 1, report: { matched: 1, added: 0, unmatched: 0 } })).toEqual({
      title: 'Read 1 keyword from a keyword and volume list.',
      lines: ['1 keyword matched phrases already on the map.', '0 keywords were added to the map as new phrases.'],
    });
    expect(formatName('google_ads')).toBe('Google Keyword Planner');
  });

  it('refuses empty, oversized and non-CSV files before uploading', () => {
    expect(checkImportFile({ name: 'k.csv', size: 0 })).toBe('This file is empty.');
    expect(checkImportFile({ name: 'k.csv', size: 11 * 1024 * 1024 })).toMatch(/larger than 10 MB/);
    expect(checkImportFile({ name: 'k.xlsx', size: 10 })).toMatch(/CSV export/);
    expect(checkImportFile({ name: 'Planner.TSV', size: 10 })).toBeNull();
  });
});
