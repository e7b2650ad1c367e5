import { digestSections } from './digest';

describe('digestSections', () => {
  it('names the parts of each [category, items] pair and drops malformed ones', () => {
    const item = { title: 'Acme raises prices', url: null, category: 'pricing', impact: 'high', relevance: 0.8, published: null };
    expect(digestSections([['pricing', [item]], ['funding'], [3, []]])).toEqual([{ category: 'pricing', items: [item] }]);
  });
});
