import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tokenStore } from '@/lib/auth/token-store';
import { json, mockFetch, problem } from '@/testing/render';
import { eventStream, frame } from '@/testing/event-stream';
import { check, crawl, renderAt, site } from '../testing/fixtures';
import { SitePage } from './site-page';

const route = { route: '/research/sites/s1', path: '/research/sites/:siteId' };

const finished = crawl('c2', 'succeeded', { health_score: 81, critical: 1, warnings: 2, notices: 0, pages_crawled: 40, issues_count: 3, stopped: 'completed' });
const earlier = crawl('c1', 'succeeded', { health_score: 70, critical: 3, warnings: 2, notices: 1, pages_crawled: 38, created_at: '2026-02-22T10:00:00Z', finished_at: '2026-02-22T10:05:00Z' });

const audit = {
  crawl: finished,
  site: 'https://acme.test/',
  checks: [check('broken-link', 'Broken links', 'critical', 1), check('missing-title', 'Missing title', 'warning', 2)],
  trend: { previous_crawl_id: 'c1', previous_health_score: 70, new_issues: 1, fixed_issues: 4, checks: [{ id: 'broken-link', before: 3, after: 1 }, { id: 'missing-title', before: 1, after: 2 }] },
};

function auditHandlers(extra: Record<string, (req: Request) => Response> = {}) {
  return {
    'GET /api/v1/research/sites/s1/crawls': () => json({ items: [finished, earlier] }),
    'GET /api/v1/research/sites/s1/trend': () =>
      json({
        points: [
          { crawl_id: 'c1', finished_at: earlier.finished_at, health_score: 70, pages_crawled: 38, critical: 3, warnings: 2, notices: 1 },
          { crawl_id: 'c2', finished_at: finished.finished_at, health_score: 81, pages_crawled: 40, critical: 1, warnings: 2, notices: 0 },
        ],
      }),
    'GET /api/v1/crawls/c2/audit': () => json(audit),
    'GET /api/v1/crawls/c2/issues': (req: Request) => {
      const q = new URL(req.url).searchParams;
      const rows = [
        { check: 'broken-link', severity: 'critical', url: 'https://acme.test/p0', detail: 'Answers 404' },
        { check: 'missing-title', severity: 'warning', url: 'https://acme.test/blog/a', detail: 'No <title>' },
      ].filter((r) => !q.get('check') || r.check === q.get('check'));
      return json({ items: rows, total: rows.length });
    },
    'GET /api/v1/crawls/c2/pages': () =>
      json({
        items: [{ url: 'https://acme.test/', kind: 'page', status: 200, error: null, depth: 0, content_type: 'text/html', bytes: 12_300, response_ms: 120, inlinks: 14, in_sitemap: true, blocked_by_robots: false, title: 'Acme', word_count: 300, issues: 2 }],
        total: 1,
      }),
    ...extra,
  };
}

describe('SitePage', () => {
  it('shows the audit: health, severities, changes since the previous crawl, checks with their fix, issues, pages and trend', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({ 'GET /api/v1/research/sites/s1': () => json(site('s1', 'Acme', finished)), ...auditHandlers() });
    renderAt(<SitePage siteId="s1" canWrite />, route);

    expect(await screen.findByRole('heading', { name: 'Acme' })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: 'Health score 81 of 100, good' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Audit summary' })).toHaveTextContent('40 pages crawled');

    const changes = screen.getByRole('list', { name: 'Changes per check' });
    expect(within(changes).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['CriticalBroken links3 → 1\u22122', 'WarningMissing title1 → 2+1']);
    expect(screen.getByText('Fixed issues').nextSibling).toHaveTextContent('4');

    const checks = screen.getAllByTestId('check');
    expect(checks).toHaveLength(2);
    await user.click(within(checks[0]).getByText('Broken links'));
    expect(within(checks[0]).getByText('Fix the broken links.')).toBeVisible();
    expect(within(checks[0]).getByText('https://acme.test/p0')).toBeVisible();

    const issues = await screen.findByRole('region', { name: 'Issues' });
    expect(within(issues).getAllByRole('row')).toHaveLength(3);
    await user.click(within(checks[1]).getByText('Missing title'));
    await user.click(within(checks[1]).getByRole('button', { name: 'Show in the issues table' }));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Issues' })).getAllByRole('row')).toHaveLength(2));
    expect(calls.some((c) => c.path === '/api/v1/crawls/c2/issues')).toBe(true);

    const pages = await screen.findByRole('region', { name: 'Pages' });
    expect(within(pages).getByRole('row', { name: /acme\.test/ })).toHaveTextContent('https://acme.test/Acme2000120 ms12 KB142');
    expect(await screen.findByTestId('trend-svg')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Start crawl/ })).toBeEnabled();
  });

  it('follows a running crawl live with the session token, then shows its audit when it is done', async () => {
    tokenStore.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    const stream = eventStream();
    const running = crawl('c2', 'running', { progress: { crawled: 3, queued: 20, errors: 0, bytes: 1000, elapsed_ms: 2000, rate: 1.5 } });
    let current: Record<string, unknown> = running;
    const { calls } = mockFetch({
      'GET /api/v1/research/sites/s1': () => json(site('s1', 'Acme', current as ReturnType<typeof crawl>)),
      'GET /api/v1/crawls/c2': () => json(current),
      'GET /api/v1/crawls/c2/events': stream.response,
      'POST /api/v1/crawls/c2/cancel': () => json(crawl('c2', 'running')),
      ...auditHandlers({ 'GET /api/v1/research/sites/s1/crawls': () => json({ items: current === running ? [running] : [finished] }) }),
    });
    renderAt(<SitePage siteId="s1" canWrite />, route);

    const panel = await screen.findByTestId('crawl-progress');
    expect(within(panel).getByText('Crawled').nextSibling).toHaveTextContent('3');
    stream.send(frame('progress', crawl('c2', 'running', { progress: { crawled: 25, queued: 7, errors: 2, bytes: 250_000, elapsed_ms: 65_000, rate: 4.25 } })));
    await waitFor(() => expect(within(panel).getByText('Crawled').nextSibling).toHaveTextContent('25'));
    expect(within(panel).getByText('Errors').nextSibling).toHaveTextContent('2');
    expect(within(panel).getByText('Rate').nextSibling).toHaveTextContent('4.3 pages/s');
    expect(within(panel).getByText('Elapsed').nextSibling).toHaveTextContent('1 min 05 s');
    expect(within(panel).getByText('Live')).toBeInTheDocument();
    expect(calls.find((c) => c.path.endsWith('/events'))?.auth).toBe('Bearer access-1');

    expect(screen.getByRole('button', { name: /Cancel crawl/ })).toBeInTheDocument();
    current = finished;
    stream.send(frame('done', finished));
    stream.close();
    expect(await screen.findByRole('img', { name: 'Health score 81 of 100, good' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('crawl-progress')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: /Start crawl/ })).toBeInTheDocument();
  });

  it('saves the schedule and page budget, refuses a start while a crawl runs, and deletes the site after confirmation', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({
      'GET /api/v1/research/sites/s1': () => json(site('s1', 'Acme', null)),
      'GET /api/v1/research/sites/s1/crawls': () => json({ items: [] }),
      'GET /api/v1/research/sites/s1/trend': () => json({ points: [] }),
      'DELETE /api/v1/research/sites/s1': () => new Response(null, { status: 204 }),
      'PATCH /api/v1/research/sites/s1': () => json(site('s1', 'Acme', null, { max_pages: 50 })),
      'POST /api/v1/research/sites/s1/crawls': () => problem(409, 'research.crawl_running', 'A crawl of this site is already under way.'),
    });
    renderAt(<SitePage siteId="s1" canWrite />, route);
    expect(await screen.findByText('No audit yet')).toBeInTheDocument();
    expect(await screen.findByText('Not enough crawls yet')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Start crawl/ }));
    expect(await screen.findByText('A crawl of this site is already under way.')).toBeInTheDocument();

    const budget = screen.getByLabelText('Page budget');
    await user.clear(budget);
    await user.type(budget, '0');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Enter a whole number from 1 to 10,000.')).toBeInTheDocument();
    await user.clear(budget);
    await user.type(budget, '50');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ name: 'Acme', schedule: 'weekly', max_pages: 50 });

    await user.click(screen.getByRole('button', { name: /Delete site/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Acme?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete site' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/research'));
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/v1/research/sites/s1')).toBe(true);
  });
  it('polls the crawl when the event stream is refused, until it finishes', async () => {
    let polls = 0;
    let done = false;
    mockFetch({
      'GET /api/v1/research/sites/s1': () => json(site('s1', 'Acme', done ? finished : crawl('c2', 'running'))),
      'GET /api/v1/crawls/c2': () => {
        polls++;
        done = polls >= 2;
        return json(done ? finished : crawl('c2', 'running', { progress: { crawled: 7, queued: 3, errors: 0, bytes: 0, elapsed_ms: 1000, rate: 7 } }));
      },
      'GET /api/v1/crawls/c2/events': () => problem(503, 'unavailable', 'Streaming is off.'),
      ...auditHandlers(),
    });
    renderAt(<SitePage siteId="s1" canWrite />, route);
    expect(await screen.findByText('Updating every 2 seconds')).toBeInTheDocument();
    expect(screen.getByTestId('crawl-progress')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('crawl-progress')).not.toBeInTheDocument(), { timeout: 6000 });
    expect(polls).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('button', { name: /Start crawl/ })).toBeInTheDocument();
  }, 10_000);

  it('downloads the audit export with the session token', async () => {
    const user = userEvent.setup();
    tokenStore.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    const created = vi.fn(() => 'blob:audit');
    // jsdom has no object URLs; the download needs one.
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const { calls } = mockFetch({
      'GET /api/v1/research/sites/s1': () => json(site('s1', 'Acme', finished)),
      'GET /api/v1/crawls/c2/export': () => new Response('check,url\n', { status: 200, headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="acme-audit.csv"' } }),
      ...auditHandlers(),
    });
    renderAt(<SitePage siteId="s1" canWrite />, route);
    await user.click(await screen.findByRole('button', { name: /Export CSV/ }));
    await waitFor(() => expect(created).toHaveBeenCalled());
    const call = calls.find((c) => c.path === '/api/v1/crawls/c2/export');
    expect(call?.auth).toBe('Bearer access-1');
  });
});
