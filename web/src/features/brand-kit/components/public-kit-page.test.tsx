import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { kitFixture } from '../testing/kit-fixture';
import { PublicKitPage } from './public-kit-page';

describe('PublicKitPage', () => {
  it('shows the shared kit under its own header, with token-free export links', async () => {
    const user = userEvent.setup();
    const { brand_id: _omit, ...shared } = kitFixture();
    mockFetch({ 'GET /api/v1/public/brand-kits/tok123': () => json(shared) });
    renderWithProviders(<PublicKitPage token="tok123" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme Roasters' })).toBeInTheDocument();
    expect(screen.getByText('Brand kit shared from Brandium')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Export/ }));
    expect(await screen.findByRole('menuitem', { name: /PDF style guide/ })).toHaveAttribute('href', '/api/v1/public/brand-kits/tok123/export?format=pdf');
  });

  it('explains a revoked or unknown link', async () => {
    mockFetch({ 'GET /api/v1/public/brand-kits/gone': () => problem(404, 'not_found', 'This brand kit link is invalid or has been revoked.') });
    renderWithProviders(<PublicKitPage token="gone" />);
    expect(await screen.findByText('This link does not work')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Export/ })).not.toBeInTheDocument();
  });

  it('explains a kit that is not published yet', async () => {
    mockFetch({ 'GET /api/v1/public/brand-kits/early': () => problem(404, 'kit_not_published', 'This brand has not published its brand kit yet.') });
    renderWithProviders(<PublicKitPage token="early" />);
    expect(await screen.findByText('This brand kit is not published yet')).toBeInTheDocument();
  });
});
