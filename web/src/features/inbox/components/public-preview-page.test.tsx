import { screen } from '@testing-library/react';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { review, variant } from '../testing/fixtures';
import { PublicPreviewPage } from './public-preview-page';

describe('PublicPreviewPage', () => {
  it('shows the brand, the title and the posts, without the team’s scores, checks or authorship, and sends no credentials', async () => {
    const { calls } = mockFetch({
      'GET /api/v1/public/previews/tok': () =>
        json({
          title: 'X post',
          channel: 'x',
          state: 'awaiting_review',
          brand_name: 'Lunar Roasters',
          expires_at: '2026-12-02T10:00:00Z',
          variants: [variant({ kind: 'social', text: 'Fresh beans.', hashtags: [] }, { review: review({ parts: ['Fresh beans.'], findings: [{ field: 'text', rule: 'r', severity: 'warning', start: 0, end: 5, message: 'Internal note' }] }) })],
        }),
    });
    renderWithProviders(<PublicPreviewPage token="tok" />);
    expect(await screen.findByRole('heading', { name: 'X post', level: 1 })).toBeInTheDocument();
    expect(screen.getAllByText('Lunar Roasters').length).toBeGreaterThan(0);
    expect(screen.getByTestId('post-part')).toHaveTextContent('Fresh beans.');
    expect(screen.getByText(/Link works until/)).toBeInTheDocument();
    expect(screen.queryByText('Brand findings')).not.toBeInTheDocument();
    expect(document.querySelector('mark')).toBeNull();
    expect(screen.queryByText(/Written by/)).not.toBeInTheDocument();
    expect(calls[0].auth).toBeNull();
  });

  it('explains an unknown or expired link', async () => {
    mockFetch({ 'GET /api/v1/public/previews/old': () => problem(404, 'not_found', 'Not found') });
    renderWithProviders(<PublicPreviewPage token="old" />);
    expect(await screen.findByText('This preview link does not work')).toBeInTheDocument();
  });
});
