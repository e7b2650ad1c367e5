import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { ShareDialog } from './share-dialog';

const active = { id: 's1', brand_id: 'b1', created_by: { id: 'u1', name: 'Ada' }, created_at: '2026-01-01T00:00:00Z', revoked_at: null, active: true };
const revoked = { ...active, id: 's0', active: false, revoked_at: '2026-01-01T01:00:00Z' };

describe('ShareDialog', () => {
  it('creates a link, shows it once with a copy button, and revokes an old one after confirming', async () => {
    const user = userEvent.setup();
    let items = [active, revoked];
    const { calls } = mockFetch({
      'GET /api/v1/brands/b1/shares': () => json({ items, next_cursor: null }),
      'POST /api/v1/brands/b1/shares': () => json({ id: 's2', token: 'tok', url: 'http://app.test/share/tok', created_at: '2026-01-02T00:00:00Z' }, 201),
      'DELETE /api/v1/shares/s1': () => {
        items = [{ ...active, active: false, revoked_at: '2026-01-03T00:00:00Z' }, revoked];
        return new Response(null, { status: 204 });
      },
    });
    renderWithProviders(<ShareDialog brandId="b1" open onOpenChange={() => {}} published />);

    expect(await screen.findByText('Active')).toBeInTheDocument();
    expect(screen.getByText('Revoked')).toBeInTheDocument();
    // only the active link can be revoked
    expect(screen.getAllByRole('button', { name: /^Revoke the link/ })).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Create link' }));
    expect(await screen.findByRole('textbox', { name: 'Share link' })).toHaveValue('http://app.test/share/tok');
    expect(screen.getByText(/it is shown only once/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy share link' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Revoke the link/ }));
    await user.click(await screen.findByRole('button', { name: 'Revoke link' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/v1/shares/s1')).toBe(true));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Revoke the link/ })).not.toBeInTheDocument());
  });

  it('warns that a link shows nothing until the brand is published', async () => {
    mockFetch({ 'GET /api/v1/brands/b1/shares': () => json({ items: [], next_cursor: null }) });
    renderWithProviders(<ShareDialog brandId="b1" open onOpenChange={() => {}} published={false} />);
    expect(await screen.findByText(/No links yet/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing is published yet/)).toBeInTheDocument();
  });
});
