import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, problem } from '@/testing/render';
import { cluster, keyword, mockFetchText, renderPage, T0 } from '../testing/fixtures';
import { KeywordsPage } from './keywords-page';

const clusters = [cluster(0, 'project planning', 'informational', false, ['project planning', 'planning tool']), cluster(1, 'gantt chart software', 'commercial', true, ['gantt chart software'])];
const all = [
  keyword('project planning', 'informational', 0, 4, { Acme: 2 }),
  keyword('gantt chart software', 'commercial', 1, 0, { Acme: 3, Beta: 1 }, { volume: 2400, difficulty: 41.6, cpc: 3.1 }),
];

function list(req: Request, metrics = 1) {
  const q = new URL(req.url).searchParams;
  const items = all.filter((k) => (!q.get('cluster') || String(k.cluster_id) === q.get('cluster')) && (q.get('gap') !== 'true' || k.ours === 0) && (!q.get('intent') || k.intent === q.get('intent')));
  return json({ items, total: items.length, clusters, built_at: T0, documents: 42, metrics });
}

const gaps = { items: [{ cluster_id: 1, label: 'gantt chart software', competitors: ['Acme', 'Beta'], keywords: ['gantt chart software'], intent: 'commercial', recommendation: { content_type: 'comparison_page', rationale: 'Buyers compare tools.' }, total_volume: 2400 }], built_at: T0 };

describe('KeywordsPage', () => {
  it('shows topics with coverage and recommendation, the keyword table with imported metrics, filters and gaps', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetchText({ 'GET /api/v1/keywords': list, 'GET /api/v1/keywords/gaps': () => json(gaps) });
    renderPage(<KeywordsPage canWrite />);

    const topics = await screen.findAllByTestId('cluster');
    expect(topics).toHaveLength(2);
    expect(within(topics[1]).getByText('Gap')).toBeInTheDocument();
    expect(within(topics[1]).getByText('Comparison page:')).toBeInTheDocument();
    expect(within(topics[1]).getByRole('meter', { name: 'Our pages coverage' })).toHaveAttribute('aria-valuenow', '0');
    expect(screen.getByText(/from 42 pages, with 1 imported metrics/)).toBeInTheDocument();

    const table = screen.getByRole('region', { name: 'Keyword list' });
    expect(within(table).getByRole('columnheader', { name: 'CPC' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /gantt chart software/ })).toHaveTextContent('gantt chart softwareCommercial5004 (Acme 3, Beta 1)2,40042$3.10');

    await user.click(within(topics[1]).getByRole('button', { name: 'Show its keyword' }));
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Keyword list' })).getAllByRole('row')).toHaveLength(2));
    expect(calls.at(-1)?.query.get('cluster')).toBe('1');

    await user.click(within(topics[1]).getByRole('button', { name: 'Show every keyword' }));
    await user.click(screen.getByRole('checkbox', { name: /Gaps only/ }));
    await waitFor(() => expect(calls.at(-1)?.query.get('gap')).toBe('true'));

    const gapList = await screen.findByRole('list', { name: 'Content gaps' });
    expect(gapList).toHaveTextContent('Write a comparison page: Buyers compare tools.');
    expect(gapList).toHaveTextContent('2,400 searches a month');
  });

  it('explains where the map comes from before it is built, and builds it', async () => {
    const user = userEvent.setup();
    let built = false;
    mockFetchText({
      'GET /api/v1/keywords': (req) => (built ? list(req, 0) : json({ items: [], total: 0, clusters: [], built_at: null, documents: 0, metrics: 0 })),
      'GET /api/v1/keywords/gaps': () => json({ items: [], built_at: null }),
      'POST /api/v1/keywords/rebuild': (req) => {
        built = true;
        return list(req, 0);
      },
    });
    renderPage(<KeywordsPage canWrite />);
    expect(await screen.findByText('No keyword map yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'site audit crawl' })).toHaveAttribute('href', '/research');
    expect(screen.getByText(/snapshots of your competitors' sites/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Build the map' }));
    expect(await screen.findByText('The map was rebuilt: 2 keywords in 2 topics.')).toBeInTheDocument();
    expect(await screen.findAllByTestId('cluster')).toHaveLength(2);
    // Without imported metrics there are no metric columns.
    expect(within(screen.getByRole('region', { name: 'Keyword list' })).queryByRole('columnheader', { name: 'CPC' })).not.toBeInTheDocument();
  });

  it('imports a CSV as text/csv and shows the detected format and counts, or the server error with its line', async () => {
    const user = userEvent.setup();
    let answer = problem(422, 'keywords.import_invalid', 'line 3: column "Volume" holds "lots", expected a number');
    const { calls } = mockFetchText({
      'GET /api/v1/keywords': list,
      'GET /api/v1/keywords/gaps': () => json(gaps),
      'POST /api/v1/keywords/import': () => answer,
    });
    renderPage(<KeywordsPage canWrite />);
    await user.click(await screen.findByRole('button', { name: 'Import metrics' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import keyword metrics' });

    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(dialog).findByText('Choose the CSV file to import.')).toBeInTheDocument();

    const csv = 'Keyword,Volume\ngantt chart software,2400\nplanner,lots\n';
    await user.upload(within(dialog).getByLabelText('CSV export'), new File([csv], 'semrush.csv', { type: 'text/csv' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(dialog).findByText('line 3: column "Volume" holds "lots", expected a number')).toBeInTheDocument();
    const sent = calls.find((c) => c.method === 'POST');
    expect(sent?.body).toBe(csv);
    expect(sent?.contentType).toBe('text/csv');

    answer = json({ format: 'semrush', rows: 2, report: { matched: 1, added: 1, unmatched: 1 } });
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(dialog).findByText('Read 2 keywords from a Semrush export.')).toBeInTheDocument();
    expect(within(dialog).getByRole('list', { name: 'Import results' })).toHaveTextContent('1 keyword matched phrases already on the map.1 keyword was added to the map as new phrases.1 keyword appears on none of the crawled pages');
  });
});
