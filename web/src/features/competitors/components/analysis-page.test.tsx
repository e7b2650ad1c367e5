import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem } from '@/testing/render';
import { competitor, renderAt, T0 } from '../testing/fixtures';
import { AnalysisPage } from './analysis-page';

function row(name: string, isUs: boolean, extra: Record<string, unknown> = {}) {
  return {
    name,
    is_us: isUs,
    headline: null,
    value_propositions: [],
    calls_to_action: [],
    entry_price: null,
    entry_period: null,
    entry_price_label: null,
    price_range: null,
    plan_count: 0,
    free_tier: false,
    free_trial: false,
    technologies: [],
    ...extra,
  };
}

function analysis(extra: Record<string, unknown> = {}) {
  return {
    brand_id: 'b1',
    competitors: 2,
    without_snapshot: ['Beta'],
    keywords_built_at: T0,
    side_by_side: [
      row('Brandium', true, { headline: 'Brand consistency for marketers', value_propositions: ['Voice guardrails'] }),
      row('Acme', false, {
        headline: 'Analytics for marketers',
        value_propositions: ['Automation built in'],
        calls_to_action: ['Start free trial'],
        entry_price_label: '$19/month',
        price_range: '$19 – $49/month',
        plan_count: 2,
        free_trial: true,
        technologies: ['Stripe'],
      }),
      row('Beta', false),
    ],
    keyword_overlap: [
      { competitor: 'Acme', shared: ['marketing analytics'], only_them: ['email automation', 'ab testing'], only_us: ['brand voice'], jaccard: 0.25 },
      { competitor: 'Beta', shared: [], only_them: [], only_us: ['brand voice'], jaccard: 0 },
    ],
    gaps: ['automation', 'integrations'],
    strengths: ['Brandium covers topics no competitor addresses: "guardrails".'],
    opportunities: ['Cover "automation": 2 of 2 competitors address it and Brandium does not.'],
    ...extra,
  };
}

const route = { route: '/competitors/analysis', path: '/competitors/analysis' };

describe('AnalysisPage', () => {
  it('shows the server’s report: positioning side by side, gaps, strengths, opportunities and keyword overlap', async () => {
    const { calls } = mockFetch({
      'GET /api/v1/competitors/analysis': () => json(analysis()),
      'GET /api/v1/competitors': () => json({ items: [competitor('c1', 'Acme'), competitor('c2', 'Beta')] }),
    });
    renderAt(<AnalysisPage />, route);
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('link', { name: 'Brandium' })).toHaveAttribute('href', '/brands/b1/foundation');
    expect(await within(table).findByRole('link', { name: 'Acme' })).toHaveAttribute('href', '/competitors/c1');
    expect(within(table).getByRole('row', { name: /Headline/ })).toHaveTextContent('Brand consistency for marketers');
    expect(within(table).getByRole('row', { name: /Headline/ })).toHaveTextContent('Analytics for marketers');
    expect(within(table).getByRole('row', { name: /Headline/ })).toHaveTextContent('No snapshot yet');
    expect(within(table).getByRole('row', { name: /Entry price/ })).toHaveTextContent('$19/month');
    expect(within(table).getByRole('row', { name: /Price range/ })).toHaveTextContent('$19 – $49/month');
    expect(within(table).getByRole('row', { name: /Free trial/ })).toHaveTextContent('Yes');
    expect(screen.getByRole('status')).toHaveTextContent('No snapshot yet of Beta');

    expect(screen.getByRole('list', { name: 'Messaging gaps' })).toHaveTextContent('automationintegrations');
    expect(screen.getByRole('list', { name: 'Strengths' })).toHaveTextContent('covers topics no competitor addresses');
    expect(screen.getByRole('list', { name: 'Opportunities' })).toHaveTextContent('Cover "automation"');

    expect(screen.getByRole('list', { name: 'Keywords shared with Acme' })).toHaveTextContent('marketing analytics');
    expect(screen.getByRole('list', { name: 'Keywords only Acme uses' })).toHaveTextContent('email automation');
    expect(screen.getByRole('list', { name: 'Keywords we use and Acme does not' })).toHaveTextContent('brand voice');
    expect(screen.getByText('25% overlap')).toBeInTheDocument();
    // The comparison is the server's: no snapshots or brand are read to compute it in the browser.
    expect(calls.map((c) => c.path)).not.toContain('/api/v1/competitors/c1/snapshots');
    expect(calls.map((c) => c.path)).not.toContain('/api/v1/brands');
  });

  it('says how to get a keyword overlap without a keyword map, and our column without a brand', async () => {
    mockFetch({
      'GET /api/v1/competitors/analysis': () => json(analysis({ keywords_built_at: null, keyword_overlap: [], brand_id: null, without_snapshot: [] })),
      'GET /api/v1/competitors': () => json({ items: [] }),
    });
    renderAt(<AnalysisPage />, route);
    expect(await screen.findByText(/No keyword map yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Keywords' })).toHaveAttribute('href', '/keywords');
    expect(screen.getByText(/Create a brand to fill in our column/)).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says there is nothing to compare without competitors', async () => {
    mockFetch({
      'GET /api/v1/competitors/analysis': () => json(analysis({ competitors: 0, without_snapshot: [], side_by_side: [row('Brandium', true)], keyword_overlap: [] })),
      'GET /api/v1/competitors': () => json({ items: [] }),
    });
    renderAt(<AnalysisPage />, route);
    expect(await screen.findByText('Nothing to compare yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a competitor' })).toHaveAttribute('href', '/competitors');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('asks for snapshots while no competitor has one', async () => {
    mockFetch({
      'GET /api/v1/competitors/analysis': () => json(analysis({ without_snapshot: ['Acme', 'Beta'] })),
      'GET /api/v1/competitors': () => json({ items: [competitor('c1', 'Acme'), competitor('c2', 'Beta')] }),
    });
    renderAt(<AnalysisPage />, route);
    expect(await screen.findByText('No snapshots yet')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the error with a retry that asks again', async () => {
    let answers = 0;
    mockFetch({
      'GET /api/v1/competitors/analysis': () => (++answers === 1 ? problem(404, 'not_found', 'No such brand.') : json(analysis())),
      'GET /api/v1/competitors': () => json({ items: [] }),
    });
    renderAt(<AnalysisPage />, route);
    expect(await screen.findByRole('alert')).toHaveTextContent('No such brand.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });
});
