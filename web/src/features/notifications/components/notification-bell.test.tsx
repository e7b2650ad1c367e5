import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { NotificationBell, badgeText } from './notification-bell';

const page = (unread: number) => ({
  unread_count: unread,
  next_cursor: null,
  items: [
    {
      id: 'n1',
      kind: 'brand.published',
      title: 'Acme brand guidelines: version 2 published',
      body: 'Ada published version 2 of the Acme brand guidelines.',
      link: '/brands/b1/revisions',
      created_at: new Date().toISOString(),
      read_at: null,
    },
  ],
});

describe('NotificationBell', () => {
  it('shows the unread count, opens the list and marks one read on the way to its page', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({
      'GET /api/v1/notifications': () => json(page(1)),
      'POST /api/v1/notifications/n1/read': () => new Response(null, { status: 204 }),
    });
    renderWithProviders(<NotificationBell />);
    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    await user.click(bell);
    await user.click(await screen.findByRole('menuitem', { name: /version 2 published/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/notifications/n1/read')).toBe(true));
  });

  it('caps the badge', () => {
    expect(badgeText(0)).toBeNull();
    expect(badgeText(3)).toBe('3');
    expect(badgeText(12)).toBe('9+');
  });
});
