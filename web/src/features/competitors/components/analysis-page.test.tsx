import { screen, within } from '@testing-library/react';
import { json, mockFetch } from '@/testing/render';
import { competitor, pageView, plan, renderAt, snapshot } from '../testing/fixtures';
import { AnalysisPage } from './analysis-page';

describe('AnalysisPage', () => {
  it('puts our positioning beside each competitor’s, with gaps and strengths of the messaging', async () => {
    mockFetch({
      'GET /api/v1/competitors': () => json({ items: [competitor('c1', 'Acme'), competitor('c2', 'Beta')] }),
      'GET /api/v1/competitors/c1/snapshots': () =>
        json({ items: [pageView('p1', 'home', snapshot('home', { headlines: ['Analytics for marketers'], value_propositions: ['Automation built in'] })), pageView('p2', 'pricing', snapshot('pricing', { plans: [plan('Starter', 19, '$19/month'), plan('Pro', 49, '$49/month')] }))] }),
      'GET /api/v1/competitors/c2/snapshots': () => json({ items: [] }),
      'GET /api/v1/brands': () => json({ items: [{ id: 'b1', name: 'Brandium' }], next_cursor: null }),
      'GET /api/v1/brands/b1': () =>
        json({ id: 'b1', name: 'Brandium', draft: { tagline: 'Brand consistency for marketers', positioning: { differentiator: '' }, value_propositions: ['Voice guardrails'], messaging_pillars: [] } }),
    });
    renderAt(<AnalysisPage />, { route: '/competitors/analysis', path: '/competitors/analysis' });
    const table = await screen.findByRole('table');
    expect(await within(table).findByRole('link', { name: 'Brandium' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Acme' })).toHaveAttribute('href', '/competitors/c1');
    expect(await within(table).findByText('Analytics for marketers')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Entry price/ })).toHaveTextContent('$19/month');
    expect(within(table).getByRole('row', { name: /Plans/ })).toHaveTextContent('Pro: $49/month');
    expect(within(table).getByRole('row', { name: /Headline/ })).toHaveTextContent('Brand consistency for marketers');
    expect(within(table).getByRole('row', { name: /Headline/ })).toHaveTextContent('No snapshot yet');

    const gaps = await screen.findByRole('list', { name: 'Messaging gaps' });
    expect(gaps).toHaveTextContent('analytics');
    expect(gaps).toHaveTextContent('automation');
    expect(gaps).not.toHaveTextContent('marketers');
    expect(screen.getByRole('heading', { name: 'Shared terms' }).closest('div')?.parentElement).toHaveTextContent('marketers');
    expect(screen.getByRole('heading', { name: 'Strengths' }).closest('div')?.parentElement).toHaveTextContent('guardrails');
  });

  it('says there is nothing to compare without competitors', async () => {
    mockFetch({ 'GET /api/v1/competitors': () => json({ items: [] }), 'GET /api/v1/brands': () => json({ items: [], next_cursor: null }) });
    renderAt(<AnalysisPage />, { route: '/competitors/analysis', path: '/competitors/analysis' });
    expect(await screen.findByText('Nothing to compare yet')).toBeInTheDocument();
  });
});
