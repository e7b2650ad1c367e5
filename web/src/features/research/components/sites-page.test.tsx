import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem } from '@/testing/render';
import { crawl, renderAt, site } from '../testing/fixtures';
import { SitesPage } from './sites-page';

describe('SitesPage', () => {
  it('shows a card per site with its health, issues by severity, last crawl and schedule', async () => {
    mockFetch({
      'GET /api/v1/research/sites': () =>
        json({
          items: [
            site('s1', 'Acme', crawl('c1', 'succeeded', { health_score: 72, critical: 2, warnings: 1, notices: 0, pages_crawled: 40 })),
            site('s2', 'Beta', null, { schedule: 'off' }),
          ],
        }),
    });
    renderAt(<SitesPage canWrite />);
    const cards = await screen.findAllByTestId('site-card');
    expect(cards).toHaveLength(2);
    const acme = within(cards[0]);
    expect(acme.getByRole('link', { name: 'Acme' })).toHaveAttribute('href', '/research/sites/s1');
    expect(acme.getByRole('img', { name: 'Health score 72 of 100, needs work' })).toBeInTheDocument();
    expect(acme.getByRole('list', { name: 'Issues by severity' })).toHaveTextContent('2 critical1 warning0 notices');
    expect(acme.getByText('Weekly')).toBeInTheDocument();
    const beta = within(cards[1]);
    expect(beta.getByText('Not crawled yet')).toBeInTheDocument();
    expect(beta.getByText('never')).toBeInTheDocument();
    expect(beta.getByText('Manual only')).toBeInTheDocument();
  });

  it('explains what an audit does when there is no site, and shows the server field error next to the address', async () => {
    const user = userEvent.setup();
    let answer = problem(422, 'validation_failed', 'Some fields are not valid.', {
      errors: [{ field: 'url', code: 'address_refused', message: 'Brandium cannot crawl this address: private network.' }],
    });
    const { calls } = mockFetch({
      'GET /api/v1/research/sites': () => json({ items: [] }),
      'POST /api/v1/research/sites': () => answer,
    });
    renderAt(<SitesPage canWrite />);
    expect(await screen.findByText('No site audited yet')).toBeInTheDocument();
    expect(screen.getByText(/health score from 0 to 100/)).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Add a site' });
    await user.click(within(form).getByRole('button', { name: 'Add site' }));
    expect(await screen.findByText('Enter the address of your website.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText('Website address'), '10.0.0.1');
    await user.click(within(form).getByRole('button', { name: 'Add site' }));
    const address = screen.getByLabelText('Website address');
    await waitFor(() => expect(address).toHaveAttribute('aria-invalid', 'true'));
    expect(address).toHaveAccessibleDescription(/private network/);
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ url: '10.0.0.1', name: null, schedule: 'weekly', max_pages: 500 });

    answer = json(site('s9', 'Acme', null), 201);
    await user.clear(address);
    await user.type(address, 'acme.test');
    await user.click(within(form).getByRole('button', { name: 'Add site' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/research/sites/s9'));
  });

  it('offers a retry when the list cannot be loaded, and no form to a reader', async () => {
    mockFetch({ 'GET /api/v1/research/sites': () => problem(500, 'internal', 'Boom.') });
    renderAt(<SitesPage canWrite={false} />);
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a site' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a site' })).not.toBeInTheDocument();
  });
});
