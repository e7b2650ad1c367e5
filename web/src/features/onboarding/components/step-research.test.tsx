import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { StepResearch } from './step-research';

const site = { id: 's1', name: 'northwind.coffee', url: 'https://northwind.coffee/' };

describe('StepResearch', () => {
  it('creates the site, starts its crawl and adds the filled competitors, then moves on', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    const { calls } = mockFetch({
      'POST /api/v1/research/sites': () => json(site, 201),
      'POST /api/v1/research/sites/s1/crawls': () => json({ id: 'c1', status: 'queued' }, 202),
      'POST /api/v1/competitors': async (req) => json({ id: crypto.randomUUID(), ...(await req.json()) }, 201),
    });
    renderWithProviders(<StepResearch onDone={onDone} saving={false} />);

    await user.type(screen.getByLabelText('Your website'), 'northwind.coffee');
    await user.type(screen.getByLabelText('Name of competitor 1'), 'Acme');
    await user.type(screen.getByLabelText('Website of competitor 1'), 'acme.com');
    await user.type(screen.getByLabelText('Name of competitor 3'), 'Beta Roasters');
    await user.type(screen.getByLabelText('Website of competitor 3'), 'beta.example');
    await user.click(screen.getByRole('button', { name: 'Start research' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(calls.map((c) => [c.method, c.path, c.body])).toEqual([
      ['POST', '/api/v1/research/sites', { url: 'northwind.coffee' }],
      ['POST', '/api/v1/research/sites/s1/crawls', undefined],
      ['POST', '/api/v1/competitors', { name: 'Acme', website: 'acme.com' }],
      ['POST', '/api/v1/competitors', { name: 'Beta Roasters', website: 'beta.example' }],
    ]);
  });

  it('shows a refused website next to the field, keeps what was typed and does not move on', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    const { calls } = mockFetch({
      'POST /api/v1/research/sites': () =>
        problem(422, 'validation_failed', 'Some fields are not valid.', {
          errors: [{ field: 'url', code: 'address_refused', message: 'Brandium cannot crawl this address: private network.' }],
        }),
    });
    renderWithProviders(<StepResearch onDone={onDone} saving={false} />);

    await user.type(screen.getByLabelText('Your website'), '10.0.0.1');
    await user.type(screen.getByLabelText('Name of competitor 1'), 'Acme');
    await user.type(screen.getByLabelText('Website of competitor 1'), 'acme.com');
    await user.click(screen.getByRole('button', { name: 'Start research' }));

    const field = screen.getByLabelText('Your website');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(/private network/);
    expect(field).toHaveValue('10.0.0.1');
    expect(screen.getByLabelText('Name of competitor 1')).toHaveValue('Acme');
    expect(calls.map((c) => c.path)).toEqual(['/api/v1/research/sites']);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('does not create a site twice when a competitor is fixed and research is started again', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    let competitor = problem(422, 'validation_failed', 'Some fields are not valid.', {
      errors: [{ field: 'website', code: 'invalid_url', message: 'Enter a web address such as acme.com.' }],
    });
    const { calls } = mockFetch({
      'POST /api/v1/research/sites': () => json(site, 201),
      'POST /api/v1/research/sites/s1/crawls': () => json({ id: 'c1', status: 'queued' }, 202),
      'POST /api/v1/competitors': () => competitor,
    });
    renderWithProviders(<StepResearch onDone={onDone} saving={false} />);

    await user.type(screen.getByLabelText('Your website'), 'northwind.coffee');
    await user.type(screen.getByLabelText('Name of competitor 1'), 'Acme');
    await user.type(screen.getByLabelText('Website of competitor 1'), 'not a site');
    await user.click(screen.getByRole('button', { name: 'Start research' }));
    const theirs = screen.getByLabelText('Website of competitor 1');
    await waitFor(() => expect(theirs).toHaveAccessibleDescription(/such as acme\.com/));
    expect(onDone).not.toHaveBeenCalled();

    competitor = json({ id: 'k1', name: 'Acme', website: 'https://acme.com/' }, 201);
    await user.clear(theirs);
    await user.type(theirs, 'acme.com');
    await user.click(screen.getByRole('button', { name: 'Start research' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(calls.map((c) => c.path)).toEqual(['/api/v1/research/sites', '/api/v1/research/sites/s1/crawls', '/api/v1/competitors', '/api/v1/competitors']);
  });

  it('asks for the missing half of a competitor before creating anything', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({});
    renderWithProviders(<StepResearch onDone={vi.fn()} saving={false} />);
    await user.type(screen.getByLabelText('Name of competitor 2'), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Start research' }));
    expect(await screen.findByText('Enter the competitor’s website.')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('skips without any request', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    const { calls } = mockFetch({});
    renderWithProviders(<StepResearch onDone={onDone} saving={false} />);
    await user.type(screen.getByLabelText('Your website'), 'northwind.coffee');
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(calls).toHaveLength(0);
  });
});
