import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Asset, TypeStats } from '@/lib/api/types';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { AssetsPage } from './assets-page';

function asset(over: Partial<Asset>): Asset {
  return {
    id: 'a1',
    name: 'logo.png',
    kind: 'image',
    content_type: 'image/png',
    size_bytes: 2048,
    sha256: 'x',
    width: 64,
    height: 32,
    tags: ['logo'],
    metadata: {},
    description: '',
    brand_id: null,
    persona_ids: [],
    version: 1,
    thumbnail_status: 'ready',
    url: '/api/v1/files/a1?variant=original&exp=1&sig=s',
    thumbnail_url: '/api/v1/files/a1?variant=thumbnail&exp=1&sig=t',
    created_by: null,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    ...over,
  };
}

const stats = (limit = 50 * 1024 * 1024): TypeStats => ({
  items: [
    { kind: 'image', count: 1, total_bytes: 2048 },
    { kind: 'audio', count: 1, total_bytes: 4096 },
    { kind: 'vector', count: 0, total_bytes: 0 },
  ],
  total_count: 2,
  total_bytes: 6144,
  upload_limit_bytes: limit,
});

describe('AssetsPage', () => {
  it('shows the library with type counts, filters by kind and searches after typing stops', async () => {
    const user = userEvent.setup();
    const listed: string[] = [];
    const { calls } = mockFetch({
      'GET /api/v1/assets/types': () => json(stats()),
      'GET /api/v1/assets': (req) => {
        const kind = new URL(req.url).searchParams.get('kind');
        listed.push(kind ?? 'all');
        const items = [asset({}), asset({ id: 'a2', name: 'jingle.mp3', kind: 'audio', content_type: 'audio/mpeg', thumbnail_url: null, thumbnail_status: 'none', width: null, height: null })];
        return json({ items: kind ? items.filter((i) => i.kind === kind) : items, next_cursor: null });
      },
      'GET /api/v1/assets/search': () => json({ items: [asset({ id: 'a3', name: 'harvest.png' })] }),
    });
    renderWithProviders(<AssetsPage canWrite />);

    const grid = await screen.findByRole('list', { name: 'Assets' });
    expect(within(grid).getByRole('button', { name: 'logo.png' })).toBeInTheDocument();
    expect(within(grid).getByLabelText('Play jingle.mp3')).toBeInTheDocument();
    expect(screen.getByText('2 files, 6 KB')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Audio/ }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Assets' })).queryByText('logo.png')).not.toBeInTheDocument());
    expect(listed).toContain('audio');
    expect(screen.queryByRole('radio', { name: /Vectors/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /All/ }));
    await user.type(screen.getByRole('searchbox', { name: 'Search assets' }), 'harv');
    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(within(results).getByText('harvest.png')).toBeInTheDocument();
    const searches = calls.filter((c) => c.path === '/api/v1/assets/search');
    expect(searches).toHaveLength(1);
  });

  it('refuses a file over the limit before sending it, and says why', async () => {
    mockFetch({
      'GET /api/v1/assets/types': () => json(stats(10)),
      'GET /api/v1/assets': () => json({ items: [], next_cursor: null }),
    });
    const { container } = renderWithProviders(<AssetsPage canWrite />);
    expect(await screen.findByText('Your asset library is empty')).toBeInTheDocument();
    const input = container.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File(['x'.repeat(2048)], 'huge.mov', { type: 'video/quicktime' });
    fireEvent.change(input, { target: { files: [file] } });
    const uploads = await screen.findByRole('region', { name: 'Uploads' });
    expect(within(uploads).getByText('huge.mov')).toBeInTheDocument();
    expect(within(uploads).getByRole('alert')).toHaveTextContent('This file is 2 KB; the limit is 10 B.');
    expect(within(uploads).getByText('Failed')).toBeInTheDocument();
  });

  it('offers no upload to people who cannot write, and shows load errors with a retry', async () => {
    mockFetch({
      'GET /api/v1/assets/types': () => json(stats()),
      'GET /api/v1/assets': () => json({ type: 'about:blank', title: 'Server error', status: 500, detail: 'Something went wrong on our side.', code: 'internal' }, 500),
    });
    renderWithProviders(<AssetsPage canWrite={false} />);
    expect(await screen.findByText('Something went wrong on our side.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Upload files' })).not.toBeInTheDocument();
  });
});
