import { healthLabel, healthTone, severityCounts, severityRank, severitySummary } from './severity';

describe('severity counts', () => {
  it('names each severity with its count, singular or plural', () => {
    expect(severityCounts({ critical: 1, warnings: 1, notices: 12 }).map((s) => s.text)).toEqual(['1 critical', '1 warning', '12 notices']);
    expect(severityCounts({ critical: 2, warnings: 0, notices: 1 }).map((s) => [s.severity, s.tone])).toEqual([
      ['critical', 'danger'],
      ['warning', 'warning'],
      ['notice', 'neutral'],
    ]);
  });

  it('summarises only what was found', () => {
    expect(severitySummary({ critical: 0, warnings: 0, notices: 0 })).toBe('No issues');
    expect(severitySummary({ critical: 3, warnings: 0, notices: 1200 })).toBe('3 critical, 1,200 notices');
  });

  it('orders critical before warning before notice, unknown last', () => {
    expect(['notice', 'bogus', 'critical', 'warning'].sort((a, b) => severityRank(a) - severityRank(b))).toEqual(['critical', 'warning', 'notice', 'bogus']);
  });

  it('reads health as good from 80 and fair from 50', () => {
    expect([null, 0, 49, 50, 79, 80, 100].map(healthTone)).toEqual(['neutral', 'danger', 'danger', 'warning', 'warning', 'success', 'success']);
    expect(healthLabel(undefined)).toBe('Not scored yet');
    expect(healthLabel(65)).toBe('Needs work');
  });
});
