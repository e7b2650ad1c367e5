import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { InboxCounts, ItemSummary } from '@/lib/api/types';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { brandSummary, me, summary } from '../testing/fixtures';
import { InboxPage } from './inbox-page';

const counts = (over: Partial<InboxCounts> = {}): InboxCounts => ({
  queued: 0,
  running: 0,
  awaiting_review: 0,
  approved: 0,
  rejected: 0,
  scheduled: 0,
  published: 0,
  failed: 0,
  needs_me: 0,
  ...over,
});

function backend(items: ItemSummary[], extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    'GET /api/v1/inbox': (req) => {
      const q = new URL(req.url).searchParams;
      const states = (q.get('state') ?? '').split(',').filter(Boolean);
      const channel = q.get('channel');
      return json({ items: items.filter((i) => (!states.length || states.includes(i.state)) && (!channel || i.channel === channel)), next_cursor: null });
    },
    'GET /api/v1/inbox/counts': () => json(counts({ awaiting_review: items.filter((i) => i.state === 'awaiting_review').length })),
    'GET /api/v1/brands': () => json({ items: [brandSummary], next_cursor: null }),
    'GET /api/v1/users': () => json({ items: [], next_cursor: null }),
    ...extra,
  });
}

describe('InboxPage', () => {
  it('shows the first line of each item so the list can be scanned, truncated by CSS', async () => {
    backend([
      summary({ preview: 'Fresh beans, roasted on Monday.\nShipped on Tuesday.' }),
      summary({ id: '00000000-0000-4000-8000-000000000002', title: 'LinkedIn post', channel: 'linkedin', preview: null }),
    ]);
    renderWithProviders(<InboxPage me={me()} />, { route: '/test' });
    const rows = await screen.findAllByTestId('inbox-row');
    expect(rows).toHaveLength(2);
    const line = within(rows[0]).getByTestId('inbox-preview');
    expect(line).toHaveTextContent(/^Fresh beans, roasted on Monday\.$/);
    expect(line).toHaveClass('truncate');
    expect(within(rows[1]).queryByTestId('inbox-preview')).not.toBeInTheDocument();
  });

  it('says nothing waits for review when the inbox is empty, and offers to clear filters when they hide everything', async () => {
    const user = userEvent.setup();
    const { calls } = backend([summary({ state: 'approved' })]);
    renderWithProviders(<InboxPage me={me()} />, { route: '/test' });
    expect(await screen.findByText('Nothing waits for review')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /Awaiting review/ })).toHaveAttribute('aria-selected', 'true');
    expect(calls.find((c) => c.path === '/api/v1/inbox')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Assigned to me' }));
    expect(await screen.findByText('Nothing matches these filters')).toBeInTheDocument();
    const listCalls = calls.filter((c) => c.path === '/api/v1/inbox');
    expect(listCalls.length).toBeGreaterThanOrEqual(2);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('Nothing waits for review')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Assigned to me' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('lists items with channel, persona, score, the fallback note and who has them', async () => {
    backend([
      summary({ id: 'i1', title: 'X post', persona_name: 'Home baristas', best_score: 58, fallback_used: true, assignee_id: 'u1' }),
      summary({ id: 'i2', title: 'LinkedIn post', channel: 'linkedin', best_score: 91 }),
    ]);
    renderWithProviders(<InboxPage me={me()} />);
    const list = await screen.findByRole('list', { name: 'Inbox items' });
    const rows = within(list).getAllByTestId('inbox-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByRole('link', { name: 'X post' })).toHaveAttribute('href', '/inbox/i1');
    expect(rows[0]).toHaveTextContent('Lunar Roasters · Home baristas · Spring launch');
    expect(within(rows[0]).getByText('Built-in composer')).toBeInTheDocument();
    expect(within(rows[0]).getAllByTitle(/Brand compliance 58 of 100: Needs work/)[0]).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('You');
    expect(within(rows[1]).getAllByText('LinkedIn')[0]).toBeInTheDocument();
    expect(await screen.findByRole('tab', { name: /Awaiting review\s*2/ })).toBeInTheDocument();
  });

  it('approves the selected items in bulk and says which ones failed and why', async () => {
    const user = userEvent.setup();
    const { calls } = backend(
      [summary({ id: 'i1', title: 'X post' }), summary({ id: 'i2', title: 'Blog post', channel: 'blog' }), summary({ id: 'i3', title: 'Meta ad', channel: 'meta_ad' })],
      {
        'POST /api/v1/inbox/bulk': () =>
          json({
            results: [
              { id: 'i1', ok: true },
              { id: 'i2', ok: false, code: 'breaks_platform_rules', message: 'The SEO title is too long.' },
            ],
          }),
      },
    );
    renderWithProviders(<InboxPage me={me()} />);
    await user.click(await screen.findByRole('checkbox', { name: 'Select X post' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Blog post' }));
    const bar = screen.getByRole('region', { name: 'Selected items' });
    expect(bar).toHaveTextContent('2 selected');
    await user.click(within(bar).getByRole('button', { name: 'Approve 2' }));

    const failed = await screen.findByRole('list', { name: 'Items not decided' });
    expect(failed).toHaveTextContent('Blog post: The SEO title is too long.');
    expect(screen.getByText(/Approved 1 of 2/)).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/api/v1/inbox/bulk')?.body).toEqual({ action: 'approve', ids: ['i1', 'i2'], reason: null });
  });

  it('asks for a reason before rejecting in bulk', async () => {
    const user = userEvent.setup();
    const { calls } = backend([summary({ id: 'i1', title: 'X post' })], {
      'POST /api/v1/inbox/bulk': () => json({ results: [{ id: 'i1', ok: true }] }),
    });
    renderWithProviders(<InboxPage me={me()} />);
    await user.click(await screen.findByRole('checkbox', { name: 'Select every item awaiting review' }));
    await user.click(screen.getByRole('button', { name: 'Reject 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject 1 item' });
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(within(dialog).getByText('Give a reason to reject.')).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/v1/inbox/bulk')).toBe(false);
    await user.type(within(dialog).getByLabelText('Reason'), 'Wrong product name');
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(calls.find((c) => c.path === '/api/v1/inbox/bulk')?.body).toEqual({ action: 'reject', ids: ['i1'], reason: 'Wrong product name' }));
    expect(await screen.findByText('Rejected 1 item.')).toBeInTheDocument();
  });

  it('offers no selection to people who cannot decide', async () => {
    backend([summary({ id: 'i1', title: 'X post' })]);
    renderWithProviders(<InboxPage me={me(['org_read'])} />);
    await screen.findByRole('link', { name: 'X post' });
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
