import { analysisState, clip, entryPriceText, joinNames, overlapLabel } from './analysis-view';

describe('analysisState', () => {
  it('asks for competitors first, then for snapshots, then shows the report', () => {
    expect(analysisState({ competitors: 0, without_snapshot: [] })).toBe('no-competitors');
    expect(analysisState({ competitors: 2, without_snapshot: ['Acme', 'Beta'] })).toBe('no-snapshots');
    expect(analysisState({ competitors: 2, without_snapshot: ['Beta'] })).toBe('ready');
    expect(analysisState({ competitors: 1, without_snapshot: [] })).toBe('ready');
  });
});

describe('overlapLabel', () => {
  it('reads the Jaccard index as a whole percentage, kept within 0 and 100', () => {
    expect(overlapLabel(0.375)).toBe('38% overlap');
    expect(overlapLabel(0)).toBe('0% overlap');
    expect(overlapLabel(1)).toBe('100% overlap');
    expect(overlapLabel(1.2)).toBe('100% overlap');
  });
});

describe('entryPriceText', () => {
  it('shows the published entry price, a free-only offer, or a dash', () => {
    expect(entryPriceText({ entry_price_label: '$19/month', free_tier: true, plan_count: 3 })).toBe('$19/month');
    expect(entryPriceText({ entry_price_label: null, free_tier: true, plan_count: 1 })).toBe('Free only');
    expect(entryPriceText({ entry_price_label: null, free_tier: true, plan_count: 0 })).toBe('—');
    expect(entryPriceText({ entry_price_label: null, free_tier: false, plan_count: 2 })).toBe('—');
  });
});

describe('clip', () => {
  it('keeps the first items and counts the rest', () => {
    expect(clip(['a', 'b', 'c'], 2)).toEqual({ shown: ['a', 'b'], more: 1 });
    expect(clip(['a'], 2)).toEqual({ shown: ['a'], more: 0 });
  });
});

describe('joinNames', () => {
  it('joins names as a sentence does', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Acme'])).toBe('Acme');
    expect(joinNames(['Acme', 'Beta'])).toBe('Acme and Beta');
    expect(joinNames(['Acme', 'Beta', 'Gamma'])).toBe('Acme, Beta and Gamma');
  });
});
