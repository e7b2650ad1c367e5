import type { FieldFinding } from '@/lib/api/types';
import { excerpt, fieldLabel, highlightsFor, violationHighlights, wholeDraftFindings } from './findings';

const f = (field: string | null, start: number, end: number, severity = 'warning'): FieldFinding => ({ field, rule: 'r', severity, start, end, message: `m ${field}` });

describe('findings by field', () => {
  const findings = [f('text', 0, 4), f('headlines[1]', 2, 5, 'error'), f('headlines[10]', 0, 3), f(null, 0, 0), f('text', 3, 3)];

  it('gives each field only its own findings, and drops empty spans', () => {
    expect(highlightsFor(findings, 'text')).toEqual([{ start: 0, end: 4, severity: 'warning', message: 'm text', suggestion: undefined }]);
    // `headlines[1]` must not pick up `headlines[10]`.
    expect(highlightsFor(findings, 'headlines[1]').map((h) => h.severity)).toEqual(['error']);
    expect(highlightsFor(findings, 'subject')).toEqual([]);
  });

  it('lists findings about the whole draft apart', () => {
    expect(wholeDraftFindings(findings)).toHaveLength(1);
    expect(wholeDraftFindings(findings)[0].field).toBeNull();
  });

  it('maps unknown severities to info so nothing is marked as an error by accident', () => {
    expect(highlightsFor([f('text', 0, 2, 'notice')], 'text')[0].severity).toBe('info');
  });

  it('marks platform violations on the part of the thread they are in, blocking ones as errors', () => {
    const v = [
      { field: 'text', code: 'too_long', message: 'Too long', part: 1, start: 0, end: 5, blocking: true },
      { field: 'text', code: 'hashtags', message: 'Many tags', part: 0, start: 1, end: 2, blocking: false },
    ];
    expect(violationHighlights(v, 'text', 1)).toEqual([{ start: 0, end: 5, severity: 'error', message: 'Too long' }]);
    expect(violationHighlights(v, 'text', 0)[0].severity).toBe('warning');
  });

  it('quotes the words a finding points at, counting UTF-8 bytes', () => {
    const text = 'Café ☕ the best';
    const start = new TextEncoder().encode('Café ☕ ').length;
    expect(excerpt(text, start, start + 8)).toBe('the best');
    expect(excerpt(text, 5, 5)).toBe('');
  });

  it('names fields as people read them', () => {
    expect(fieldLabel('headlines[3]')).toBe('Headline 4');
    expect(fieldLabel('descriptions[0]')).toBe('Description 1');
    expect(fieldLabel('body_text')).toBe('Body');
    expect(fieldLabel(null)).toBe('Whole draft');
  });
});
