import { keywordQuery } from './get-keywords';

describe('keywordQuery', () => {
  it('sends only the filters that are set, with the list limit', () => {
    expect(keywordQuery({}).toString()).toBe('limit=200');
    expect(keywordQuery({ cluster: 0, intent: 'commercial', q: 'gantt chart', gap: true, sort: 'volume' }).toString()).toBe('cluster=0&intent=commercial&q=gantt+chart&gap=true&sort=volume&limit=200');
    expect(keywordQuery({ gap: false, q: '' }).toString()).toBe('limit=200');
  });
});
