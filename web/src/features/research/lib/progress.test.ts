import { budgetShare, formatBytes, formatElapsed, formatRate, formatShare } from './progress';

describe('crawl progress figures', () => {
  it('shows the rate with one decimal under ten pages a second', () => {
    expect(formatRate(0)).toBe('0 pages/s');
    expect(formatRate(Number.NaN)).toBe('0 pages/s');
    expect(formatRate(3.14)).toBe('3.1 pages/s');
    expect(formatRate(12.6)).toBe('13 pages/s');
  });

  it('shows elapsed time in seconds, minutes or hours', () => {
    expect(formatElapsed(999)).toBe('0 s');
    expect(formatElapsed(45_000)).toBe('45 s');
    expect(formatElapsed(185_000)).toBe('3 min 05 s');
    expect(formatElapsed(3_720_000)).toBe('1 h 02 min');
  });

  it('shows sizes in decimal units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1_234)).toBe('1.2 KB');
    expect(formatBytes(45_600_000)).toBe('46 MB');
  });

  it('never rounds a few affected pages down to none', () => {
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(0.004)).toBe('<1%');
    expect(formatShare(0.256)).toBe('26%');
  });

  it('does not read as complete while pages are still queued', () => {
    expect(budgetShare(250, 10, 500)).toBe(0.5);
    expect(budgetShare(800, 3, 500)).toBe(0.99);
    expect(budgetShare(500, 0, 500)).toBe(1);
    expect(budgetShare(10, 0, 0)).toBe(0);
  });
});
