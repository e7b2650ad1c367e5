import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem } from '@/testing/render';
import { item, mention, renderAt, source } from '../testing/fixtures';
import { MonitoringPage } from './monitoring-page';

const watch = { brand: 'Brandium', brand_aliases: [], competitors: ['Acme'], keywords: ['pricing'], topics: [], updated_at: null };

describe('MonitoringPage', () => {
  it('shows the news with category, impact, relevance, matched keywords, source and sentiment of mentions', async () => {
    const { fn } = mockFetch({
      'GET /api/v1/monitoring/items': () => json({ items: [item('i1', 'Acme raises prices', { mentions: [mention('m1', 'Acme', 'negative', -0.6)] })], next_cursor: null }),
      'GET /api/v1/monitoring/sources': () => json({ items: [source('src1', 'Industry Daily')] }),
    });
    renderAt(<MonitoringPage canWrite />);
    const row = await screen.findByTestId('news-item');
    expect(within(row).getByRole('link', { name: /Acme raises prices/ })).toHaveAttribute('href', 'https://news.test/i1');
    expect(row).toHaveTextContent('Pricing');
    expect(row).toHaveTextContent('High impact');
    expect(row).toHaveTextContent('Relevance 72%');
    expect(row).toHaveTextContent('Matched: pricing');
    await waitFor(() => expect(row).toHaveTextContent('Industry Daily'));
    expect(within(row).getByText('Negative sentiment (−0.60)')).toBeInTheDocument();

    await userEvent.setup().type(screen.getByRole('searchbox', { name: 'Search' }), 'acme');
    const urls = () => fn.mock.calls.map(([input]) => (input instanceof Request ? input.url : String(input)));
    await waitFor(() => expect(urls().some((u) => u.includes('/monitoring/items') && u.includes('q=acme'))).toBe(true));
  });

  it('shows mentions with their sentiment and the share of voice over time', async () => {
    mockFetch({
      'GET /api/v1/monitoring/mentions': () => json({ items: [mention('m1', 'Brandium', 'positive', 0.7), mention('m2', 'Acme', 'neutral', 0)], next_cursor: null }),
      'GET /api/v1/monitoring/watch': () => json(watch),
      'GET /api/v1/monitoring/share-of-voice': () =>
        json({
          period: 'day',
          from: '2026-02-01T00:00:00Z',
          to: '2026-03-02T00:00:00Z',
          entities: [{ name: 'Brandium', kind: 'brand' }, { name: 'Acme', kind: 'competitor' }],
          points: [
            { period: '2026-03-01', counts: { Brandium: 1, Acme: 3 }, shares: { Brandium: 0.25, Acme: 0.75 } },
            { period: '2026-03-02', counts: { Brandium: 1, Acme: 1 }, shares: { Brandium: 0.5, Acme: 0.5 } },
          ],
          totals: { Brandium: 2, Acme: 4 },
          shares: { Brandium: 0.3333, Acme: 0.6667 },
        }),
    });
    renderAt(<MonitoringPage canWrite />, { route: '/monitoring?tab=mentions' });
    const mentions = await screen.findAllByTestId('mention');
    expect(within(mentions[0]).getByText('Positive sentiment (+0.70)')).toBeInTheDocument();
    expect(within(mentions[1]).getByText('Neutral sentiment (0.00)')).toBeInTheDocument();
    const legend = await screen.findByRole('list', { name: 'Share over the period' });
    expect(legend).toHaveTextContent('Brandium33% · 2 mentions');
    expect(legend).toHaveTextContent('Acme67% · 4 mentions');
    expect(screen.getByTestId('sov-svg').querySelectorAll('path[data-line]')).toHaveLength(2);
  });

  it('adds a source, polls it and shows its last error', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({
      'GET /api/v1/monitoring/sources': () => json({ items: [source('src1', 'Broken feed', { last_error: 'HTTP 404', last_polled_at: '2026-03-01T09:00:00Z' })] }),
      'POST /api/v1/monitoring/sources': () => json(source('src2', 'news.test'), 201),
      'POST /api/v1/monitoring/sources/src1/poll': () => json({ source_id: 'src1', job_id: 'j1' }, 202),
    });
    renderAt(<MonitoringPage canWrite />, { route: '/monitoring?tab=sources' });
    const row = await screen.findByTestId('source');
    expect(row).toHaveTextContent('Failing');
    expect(row).toHaveTextContent('HTTP 404');
    await user.click(within(row).getByRole('button', { name: 'Poll Broken feed now' }));
    expect(await within(row).findByText('Poll queued.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Feed or sitemap address'), 'https://news.test/feed.xml');
    await user.click(screen.getByRole('button', { name: 'Add source' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST' && c.path === '/api/v1/monitoring/sources')?.body).toEqual({ name: 'news.test', url: 'https://news.test/feed.xml' }));
  });

  it('saves keywords, topics and aliases typed as chips', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({
      'GET /api/v1/monitoring/watch': () => json(watch),
      'PUT /api/v1/monitoring/watch': async (req) => json({ ...watch, ...(await req.json()), updated_at: '2026-03-01T11:00:00Z' }),
      'GET /api/v1/monitoring/digest': () => json({ frequency: 'weekly', instant_alerts: 'high', next_due_at: null, last_sent_at: null }),
    });
    renderAt(<MonitoringPage canWrite />, { route: '/monitoring?tab=settings' });
    const keywords = await screen.findByLabelText('Keywords');
    // "Pricing" repeats the saved "pricing" and is not added twice; removing "pricing" then leaves the two new ones.
    await user.type(keywords, 'ai marketing{Enter}Pricing,funding{Enter}');
    await user.click(screen.getByRole('button', { name: 'Remove pricing' }));
    await user.type(screen.getByLabelText('Brand aliases'), 'Brandium HQ{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save watch settings' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ keywords: ['ai marketing', 'funding'], topics: [], brand_aliases: ['Brandium HQ'] }));
    // The form starts afresh from what was saved, and says so.
    expect(await screen.findByText('Saved. New items are scored with these settings.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Keywords added' })).toHaveTextContent('ai marketingfunding');
  });

  it('offers a retry when the feed cannot be loaded', async () => {
    mockFetch({ 'GET /api/v1/monitoring/items': () => problem(500, 'internal', 'Boom.'), 'GET /api/v1/monitoring/sources': () => json({ items: [] }) });
    renderAt(<MonitoringPage canWrite />);
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
