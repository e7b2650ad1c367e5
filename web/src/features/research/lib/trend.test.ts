import type { AuditTrendView, CheckView } from '@/lib/api/types';
import { checkChanges, healthDelta, humanizeId, lineSegments, niceMax, signed, trendSeries } from './trend';

const check = (id: string, title: string, severity: string): CheckView => ({ id, title, severity, category: 'links', explanation: '', fix: '', affected: 1, share: 0.1, priority: 1, urls: [] });

describe('trend series', () => {
  it('makes one datum per crawl with its total issues and a date label', () => {
    const data = trendSeries([
      { crawl_id: 'c1', finished_at: '2026-03-01T10:00:00Z', health_score: 60, pages_crawled: 10, critical: 2, warnings: 3, notices: 5 },
      { crawl_id: 'c2', finished_at: null, health_score: null, pages_crawled: 12, critical: 0, warnings: 1, notices: 4 },
    ]);
    expect(data).toEqual([
      { crawlId: 'c1', label: 'Mar 1', health: 60, critical: 2, warnings: 3, notices: 5, issues: 10 },
      { crawlId: 'c2', label: '#2', health: null, critical: 0, warnings: 1, notices: 4, issues: 5 },
    ]);
  });

  it('lists the checks that changed, largest change first, with titles from the audit', () => {
    const trend: AuditTrendView = {
      previous_crawl_id: 'c0',
      previous_health_score: 70,
      new_issues: 4,
      fixed_issues: 9,
      checks: [
        { id: 'missing-title', before: 2, after: 3 },
        { id: 'broken-link', before: 10, after: 2 },
        { id: 'same-count', before: 5, after: 5 },
      ],
    };
    expect(checkChanges(trend, [check('missing-title', 'Missing title', 'warning')])).toEqual([
      { id: 'broken-link', title: 'Broken link', severity: 'notice', before: 10, after: 2, delta: -8 },
      { id: 'missing-title', title: 'Missing title', severity: 'warning', before: 2, after: 3, delta: 1 },
    ]);
    expect(checkChanges(null, [])).toEqual([]);
  });

  it('formats signed changes with a real minus sign', () => {
    expect([signed(3), signed(-2), signed(0)]).toEqual(['+3', '\u22122', '0']);
    expect(healthDelta(80, 72)).toBe(8);
    expect(healthDelta(80, null)).toBeNull();
    expect(humanizeId('redirect_chain-long')).toBe('Redirect chain long');
  });

  it('scales a line into the chart box and breaks it at missing values', () => {
    const g = { width: 120, height: 120, pad: 10 };
    expect(lineSegments([0, 50, 100], 100, g)).toEqual([
      [
        { x: 10, y: 110 },
        { x: 60, y: 60 },
        { x: 110, y: 10 },
      ],
    ]);
    expect(lineSegments([10, null, 10], 10, g).map((s) => s.length)).toEqual([1, 1]);
    expect(lineSegments([5], 10, g)).toEqual([[{ x: 60, y: 60 }]]);
  });

  it('rounds axis maxima up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 12, 180, 501].map(niceMax)).toEqual([1, 1, 5, 10, 20, 200, 1000]);
  });
});
