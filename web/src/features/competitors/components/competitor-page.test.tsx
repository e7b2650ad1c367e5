import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch } from '@/testing/render';
import { change, competitor, pageView, plan, renderAt, snapshot } from '../testing/fixtures';
import { CompetitorPage } from './competitor-page';

const detail = {
  ...change('ch1', 'c1'),
  before_id: 'b',
  after_id: 'a',
  before_taken_at: '2026-02-28T10:00:00Z',
  after_taken_at: '2026-03-01T10:00:00Z',
  change: {
    significance: 0.8,
    kind: 'pricing',
    summary: 'Pro plan price changed from $49/month to $59/month',
    fields: [{ field: 'plans.Pro.price', kind: 'pricing', before: ['$49/month'], after: ['$59/month'], weight: 1 }],
    diff: [
      { op: 'equal', text: 'Plans' },
      { op: 'delete', text: 'Pro $49/month' },
      { op: 'insert', text: 'Pro $59/month' },
    ],
  },
};

function routes(state: { status: string | null; progress: unknown }) {
  return {
    'GET /api/v1/competitors/c1': () => json(competitor('c1', 'Acme', { snapshot_status: state.status, snapshot_progress: state.progress, pages: 2 })),
    'GET /api/v1/competitors/c1/pages': () =>
      json({ items: [{ id: 'p1', url: 'https://acme.test/', kind: 'home', custom: false, last_snapshot_id: null, created_at: '2026-03-01T10:00:00Z' }] }),
    'GET /api/v1/competitors/c1/snapshots': () =>
      json({ items: [pageView('p1', 'home', snapshot('home')), pageView('p2', 'pricing', snapshot('pricing', { plans: [plan('Starter', 19, '$19/month'), plan('Pro', 59, '$59/month')] }))] }),
    'GET /api/v1/competitors/c1/changes': () => json({ items: [change('ch1', 'c1')] }),
    'GET /api/v1/competitor-changes/ch1': () => json(detail),
  };
}

describe('CompetitorPage', () => {
  it('snapshots now and follows the progress until it ends, then reads the new snapshot', async () => {
    const user = userEvent.setup();
    const state: { status: string | null; progress: unknown } = { status: 'succeeded', progress: null };
    const { calls } = mockFetch({
      ...routes(state),
      'POST /api/v1/competitors/c1/snapshot': () => {
        state.status = 'running';
        state.progress = { pages_done: 1, pages_total: 4, url: 'https://acme.test/pricing' };
        return json(competitor('c1', 'Acme', { snapshot_status: 'queued', snapshot_progress: null }), 202);
      },
    });
    renderAt(<CompetitorPage competitorId="c1" canWrite pollMs={20} />, { route: '/competitors/c1', path: '/competitors/:id' });
    expect(await screen.findByRole('heading', { name: 'Acme', level: 1 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Snapshot now' }));
    const bar = await screen.findByRole('progressbar', { name: 'Snapshot progress' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '25'));
    expect(screen.getByText('1 of 4 pages · reading https://acme.test/pricing')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Snapshot running' })).toBeDisabled();

    const snapshotsBefore = calls.filter((c) => c.path.endsWith('/snapshots')).length;
    state.status = 'succeeded';
    state.progress = null;
    await waitFor(() => expect(screen.queryByRole('progressbar', { name: 'Snapshot progress' })).not.toBeInTheDocument());
    await waitFor(() => expect(calls.filter((c) => c.path.endsWith('/snapshots')).length).toBeGreaterThan(snapshotsBefore));
  });

  it('shows messaging, plans and technologies of the latest snapshot, and the diff of the change named in ?change=', async () => {
    mockFetch(routes({ status: 'succeeded', progress: null }));
    renderAt(<CompetitorPage competitorId="c1" canWrite />, { route: '/competitors/c1?change=ch1', path: '/competitors/:id' });
    const cards = await screen.findAllByTestId('page-snapshot');
    expect(within(cards[0]).getByText('Set up in minutes')).toBeInTheDocument();
    expect(within(cards[0]).getByText('Start free trial')).toBeInTheDocument();
    expect(within(cards[0]).getByRole('list', { name: 'Technologies' })).toHaveTextContent('Stripe');
    expect(within(cards[0]).getByText('420 words')).toBeInTheDocument();
    const plans = within(cards[1]).getByRole('table');
    expect(within(plans).getByRole('row', { name: /Pro \$59\/month/ })).toBeInTheDocument();

    const panel = await screen.findByTestId('change-detail');
    const diff = await within(panel).findByRole('list', { name: 'Text diff' });
    const lines = within(diff).getAllByRole('listitem');
    expect(lines.map((l) => l.getAttribute('data-op'))).toEqual(['equal', 'delete', 'insert']);
    expect(lines[1]).toHaveTextContent('Removed: Pro $49/month');
    expect(lines[2]).toHaveTextContent('Added: Pro $59/month');
    expect(lines[2].className).toMatch(/bg-success-soft/);
    expect(lines[1].className).toMatch(/bg-danger-soft/);
    const fields = within(panel).getByRole('list', { name: 'Field changes' });
    expect(fields).toHaveTextContent('Pro plan price');
    expect(fields).toHaveTextContent('Before:$49/month');
    expect(fields).toHaveTextContent('After:$59/month');
    const timeline = await screen.findByRole('list', { name: 'Change timeline' });
    expect(within(timeline).getByRole('button', { current: true })).toHaveTextContent('Pro plan price changed');
    expect(within(timeline).getByRole('meter', { name: 'Significance' })).toHaveAttribute('aria-valuenow', '80');
  });
});

describe('CompetitorSettings on the competitor page', () => {
  it('saves a new alert threshold and says so', async () => {
    const { fireEvent } = await import('@testing-library/react');
    const user = userEvent.setup();
    let saved: Record<string, unknown> = {};
    const { calls } = mockFetch({
      ...routes({ status: 'succeeded', progress: null }),
      'GET /api/v1/competitors/c1': () => json(competitor('c1', 'Acme', saved)),
      'PATCH /api/v1/competitors/c1': async (req) => {
        saved = await req.json();
        return json(competitor('c1', 'Acme', saved));
      },
    });
    renderAt(<CompetitorPage competitorId="c1" canWrite />, { route: '/competitors/c1', path: '/competitors/:id' });
    const form = await screen.findByRole('form', { name: 'Schedule and alerts' });
    expect(within(form).getByRole('button', { name: 'Save' })).toBeDisabled();
    fireEvent.change(within(form).getByLabelText('Alert threshold'), { target: { value: '70' } });
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Saved.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ schedule: 'weekly', alert_threshold: 0.7 });
  });
});
