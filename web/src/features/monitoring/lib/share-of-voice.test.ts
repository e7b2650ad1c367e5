import { pathOf, seriesPoints, sovSeries } from './share-of-voice';

const sov = {
  period: 'day',
  from: '2026-03-01T00:00:00Z',
  to: '2026-03-03T00:00:00Z',
  entities: [
    { name: 'Beta', kind: 'competitor' },
    { name: 'Acme', kind: 'brand' },
    { name: 'Gamma', kind: 'competitor' },
  ],
  points: [
    { period: '2026-03-01', counts: { Acme: 1, Beta: 3 }, shares: { Acme: 0.25, Beta: 0.75 } },
    { period: '2026-03-02', counts: { Acme: 2, Beta: 2, Gamma: 4 }, shares: { Acme: 0.25, Beta: 0.25, Gamma: 0.5 } },
  ],
  totals: { Acme: 3, Beta: 5, Gamma: 4 },
  shares: { Acme: 0.25, Beta: 0.4167, Gamma: 0.3333 },
} as never;

describe('sovSeries', () => {
  it('makes one series per entity, brand first, then by mentions, missing periods at 0', () => {
    const { periods, series } = sovSeries(sov);
    expect(periods).toEqual(['2026-03-01', '2026-03-02']);
    expect(series.map((s) => s.name)).toEqual(['Acme', 'Beta', 'Gamma']);
    expect(series[2].values).toEqual([0, 0.5]);
    expect(series[1]).toMatchObject({ total: 5, share: 0.4167, values: [0.75, 0.25] });
  });
});

describe('seriesPoints', () => {
  it('maps shares to the box, 1 at the top and 0 at the bottom', () => {
    const pts = seriesPoints([1, 0, 0.5], { width: 120, height: 60, pad: 10 });
    expect(pts).toEqual([
      { x: 10, y: 10 },
      { x: 60, y: 50 },
      { x: 110, y: 30 },
    ]);
    expect(pathOf(pts)).toBe('M10.0 10.0 L60.0 50.0 L110.0 30.0');
    expect(seriesPoints([0.5], { width: 120, height: 60, pad: 10 })).toEqual([{ x: 60, y: 30 }]);
  });
});
