import { addChips, removeChip } from './chips';
import { alertKindLabel, alertLink, impactTone, relevancePercent, sentimentLabel, sentimentOf, sentimentText, sentimentTone, urgencyTone } from './labels';
import { parseSignatureHeader, signedPayload } from './signature';

describe('sentiment labels', () => {
  it('keeps the server label and reads a score with ±0.05 cut-offs otherwise', () => {
    expect(sentimentOf('negative', 0.9)).toBe('negative');
    expect(sentimentOf(undefined, 0.05)).toBe('positive');
    expect(sentimentOf(null, -0.05)).toBe('negative');
    expect(sentimentOf('', 0.01)).toBe('neutral');
  });

  it('has a word, a tone and a sentence with the signed score', () => {
    expect(sentimentLabel('positive')).toBe('Positive');
    expect([sentimentTone('positive'), sentimentTone('neutral'), sentimentTone('negative')]).toEqual(['success', 'neutral', 'danger']);
    expect(sentimentText('negative', -0.615)).toBe('Negative sentiment (−0.61)');
    expect(sentimentText('positive', 0.5)).toBe('Positive sentiment (+0.50)');
  });
});

describe('other labels', () => {
  it('gives impact and urgency tones and relevance as a percentage', () => {
    expect([impactTone('high'), impactTone('medium'), impactTone('low')]).toEqual(['danger', 'warning', 'neutral']);
    expect(urgencyTone('critical')).toBe('danger');
    expect(relevancePercent(0.734)).toBe('73%');
    expect(relevancePercent(3)).toBe('100%');
  });

  it('names alert kinds and keeps our links in the app', () => {
    expect(alertKindLabel('competitor.change')).toBe('Competitor change');
    expect(alertKindLabel('keyword_spike')).toBe('Keyword spike');
    expect(alertLink('/competitors/c1?change=x')).toEqual({ to: '/competitors/c1?change=x', internal: true });
    expect(alertLink('https://news.test/a')).toEqual({ to: 'https://news.test/a', internal: false });
    expect(alertLink(null)).toBeNull();
  });
});

describe('chips', () => {
  it('adds comma-separated entries once, case-insensitively, and removes one', () => {
    expect(addChips(['Acme'], ' acme, Beta ,, gamma\nBeta')).toEqual(['Acme', 'Beta', 'gamma']);
    expect(removeChip(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('webhook signature', () => {
  it('parses the header and builds the signed string', () => {
    expect(parseSignatureHeader('t=1700000000,v1=abc123')).toEqual({ t: 1700000000, v1: ['abc123'] });
    expect(parseSignatureHeader('v1=abc')).toBeNull();
    expect(signedPayload(1700000000, '{"a":1}')).toBe('1700000000.{"a":1}');
  });
});
