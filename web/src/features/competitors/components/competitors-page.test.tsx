import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem } from '@/testing/render';
import { change, competitor, renderAt } from '../testing/fixtures';
import { CompetitorsPage } from './competitors-page';

describe('CompetitorsPage', () => {
  it('lists each competitor with its website, last snapshot, latest change and schedule', async () => {
    mockFetch({
      'GET /api/v1/competitors': () => json({ items: [competitor('c1', 'Acme', { last_snapshot_at: '2026-03-01T09:00:00Z', pages: 3 }), competitor('c2', 'Beta', { schedule: 'off' })] }),
      'GET /api/v1/competitor-changes': () =>
        json({ items: [change('ch2', 'c1', { created_at: '2026-03-02T00:00:00Z' }), change('ch1', 'c1', { summary: 'Older', significance: 0.1 })] }),
    });
    renderAt(<CompetitorsPage canWrite />);
    const rows = await screen.findAllByTestId('competitor-row');
    expect(rows).toHaveLength(2);
    const acme = within(rows[0]);
    expect(acme.getByRole('link', { name: 'Acme' })).toHaveAttribute('href', '/competitors/c1');
    expect(acme.getByText('acme.test')).toBeInTheDocument();
    await waitFor(() => expect(acme.getByRole('link', { name: /Pro plan price changed/ })).toHaveAttribute('href', '/competitors/c1?change=ch2'));
    expect(acme.getByText('Major change, significance 80%')).toBeInTheDocument();
    expect(acme.queryByText('Older')).not.toBeInTheDocument();
    expect(acme.getByText('Weekly')).toBeInTheDocument();
    const beta = within(rows[1]);
    expect(beta.getByText('No change seen yet')).toBeInTheDocument();
    expect(beta.getByText('never')).toBeInTheDocument();
    expect(beta.getByText('Manual only')).toBeInTheDocument();
  });

  it('explains what is watched when empty, and shows the server field errors in place', async () => {
    const user = userEvent.setup();
    let answer = problem(422, 'validation_failed', 'Some fields are not valid.', {
      errors: [
        { field: 'website', code: 'address_refused', message: 'Brandium cannot read this address: private network.' },
        { field: 'social.youtube', code: 'invalid', message: 'Enter a YouTube address.' },
      ],
    });
    const { calls } = mockFetch({
      'GET /api/v1/competitors': () => json({ items: [] }),
      'GET /api/v1/competitor-changes': () => json({ items: [] }),
      'POST /api/v1/competitors': () => answer,
    });
    renderAt(<CompetitorsPage canWrite />);
    expect(await screen.findByText('No competitor watched yet')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Add a competitor' });
    await user.click(within(form).getByRole('button', { name: 'Add competitor' }));
    expect(await screen.findByText('Enter the competitor’s name.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText('Name'), 'Acme');
    await user.type(screen.getByLabelText('Website'), '10.0.0.1');
    await user.type(screen.getByLabelText('YouTube'), 'vimeo.com/acme');
    await user.click(within(form).getByRole('button', { name: 'Add competitor' }));
    const website = screen.getByLabelText('Website');
    await waitFor(() => expect(website).toHaveAttribute('aria-invalid', 'true'));
    expect(website).toHaveAccessibleDescription(/private network/);
    expect(screen.getByLabelText('YouTube')).toHaveAccessibleDescription(/Enter a YouTube address/);
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ name: 'Acme', website: '10.0.0.1', schedule: 'weekly', alert_threshold: 0.5, social: { youtube: 'vimeo.com/acme', x: null } });

    answer = json(competitor('c9', 'Acme'), 201);
    await user.clear(website);
    await user.type(website, 'acme.test');
    await user.clear(screen.getByLabelText('YouTube'));
    await user.click(within(form).getByRole('button', { name: 'Add competitor' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/competitors/c9'));
  });

  it('offers a retry when the list cannot be loaded, and no form to a reader', async () => {
    mockFetch({ 'GET /api/v1/competitors': () => problem(500, 'internal', 'Boom.'), 'GET /api/v1/competitor-changes': () => json({ items: [] }) });
    renderAt(<CompetitorsPage canWrite={false} />);
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a competitor' })).not.toBeInTheDocument();
  });
});
