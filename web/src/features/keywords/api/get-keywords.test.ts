import { json, mockFetch } from '@/testing/render';
import { getKeywords, keywordQuery } from './get-keywords';

describe('keywordQuery', () => {
  it('sends only the filters that are set, with the list limit', () => {
    expect(keywordQuery({})).toEqual({ limit: 200 });
    expect(keywordQuery({ cluster: 0, intent: 'commercial', q: 'gantt chart', gap: true, sort: 'volume' })).toEqual({
      cluster: 0,
      intent: 'commercial',
      q: 'gantt chart',
      gap: true,
      sort: 'volume',
      limit: 200,
    });
    expect(keywordQuery({ gap: false, q: '' })).toEqual({ limit: 200 });
  });
});

describe('getKeywords', () => {
  it('asks the keyword list with the filters in the query string', async () => {
    let search = '';
    mockFetch({
      'GET /api/v1/keywords': (req) => {
        search = new URL(req.url).search;
        return json({ keywords: [], clusters: [], built_at: null });
      },
    });
    await expect(getKeywords({ cluster: 0, q: 'gantt chart', gap: true })).resolves.toMatchObject({ keywords: [] });
    const q = new URLSearchParams(search);
    expect([q.get('cluster'), q.get('q'), q.get('gap'), q.get('limit'), q.get('intent')]).toEqual(['0', 'gantt chart', 'true', '200', null]);
  });

  it('turns an error answer into a problem', async () => {
    mockFetch({});
    await expect(getKeywords({})).rejects.toMatchObject({ status: 404 });
  });
});
