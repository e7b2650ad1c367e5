import type { FieldFinding } from '@/lib/api/types';
import { belongsTo, errorFindings, excerpt, fieldLabel, groupByField, highlightsFor, violationHighlights, wholeDraftFindings } from './findings';
import { previewLine } from './preview';
import { STATE_INFO } from './states';

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
    expect(fieldLabel('hashtags[2]')).toBe('Hashtag 3');
    expect(fieldLabel('parts[1]')).toBe('Post 2 of the thread');
    expect(fieldLabel('subject_variants[0]')).toBe('Subject variant 1');
    expect(fieldLabel('cta_label')).toBe('Button label');
    expect(fieldLabel('body_html')).toBe('Body (HTML)');
    expect(fieldLabel('path1')).toBe('Path 1');
  });

  it('groups findings by field in the draft order, errors first, the whole draft last', () => {
    const groups = groupByField(
      [f(null, 0, 0, 'info'), f('hashtags[0]', 0, 3, 'warning'), f('text', 0, 2, 'warning'), f('text', 3, 5, 'error'), f('cta_label', 0, 1, 'error')],
      ['text', 'hashtags[0]'],
    );
    expect(groups.map((g) => g.field)).toEqual(['text', 'hashtags[0]', 'cta_label', null]);
    expect(groups[0].findings.map((x) => x.severity)).toEqual(['error', 'warning']);
    expect(groups[0]).toMatchObject({ errors: 1, warnings: 1 });
    expect(errorFindings(groups.flatMap((g) => g.findings)).map((x) => x.field)).toEqual(['text', 'cta_label']);
  });
});

describe('belongsTo', () => {
  it('puts list items and thread parts under the control that edits them', () => {
    expect(belongsTo('hashtags[2]', 'hashtags')).toBe(true);
    expect(belongsTo('parts[1]', 'text')).toBe(true);
    expect(belongsTo('text', 'text')).toBe(true);
    expect(belongsTo('headline', 'headlines')).toBe(false);
    expect(belongsTo(null, 'text')).toBe(false);
  });
});

describe('previewLine', () => {
  it('takes the first line with words in it, spaces collapsed', () => {
    expect(previewLine('\n  Fresh   beans, every week.  \nSecond line')).toBe('Fresh beans, every week.');
    expect(previewLine('   \n ')).toBeNull();
    expect(previewLine(null)).toBeNull();
    expect(previewLine(undefined)).toBeNull();
  });
});

describe('state colours', () => {
  it('keep red for what went wrong: waiting on a reviewer is not an alarm', () => {
    expect(STATE_INFO.awaiting_review.tone).toBe('warning');
    expect(STATE_INFO.failed.tone).toBe('danger');
    expect(STATE_INFO.queued.tone).toBe('neutral');
    expect(STATE_INFO.approved.tone).toBe('success');
  });
});
