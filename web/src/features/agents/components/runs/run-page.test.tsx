import { screen, waitFor, within } from '@testing-library/react';
import { tokenStore } from '@/lib/auth/token-store';
import { json, mockFetch, problem } from '@/testing/render';
import { item, renderAt, run } from '@/features/agents/testing/fixtures';
import { eventStream, frame } from '@/testing/event-stream';
import { RunPage } from './run-page';

describe('RunPage', () => {
  it('follows the event stream with the session token: items move from queued to awaiting review, then credits settle', async () => {
    tokenStore.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    const stream = eventStream();
    const { calls } = mockFetch({
      'GET /api/v1/agent-runs/r1': () => json(run('queued', [item('i1', 'x', 'queued'), item('i2', 'linkedin', 'queued')])),
      'GET /api/v1/agent-runs/r1/events': stream.response,
    });
    renderAt(<RunPage runId="r1" canWrite />, { route: '/create/runs/r1', path: '/create/runs/:runId' });

    expect(await screen.findByText('0 of 2 items written')).toBeInTheDocument();
    // A keep-alive, then a frame cut in two.
    const progress = frame('progress', run('running', [item('i1', 'x', 'awaiting_review'), item('i2', 'linkedin', 'running')]));
    stream.send(':\n\n' + progress.slice(0, 25));
    stream.send(progress.slice(25));
    expect(await screen.findByText('1 of 2 items written')).toBeInTheDocument();
    expect(screen.getByTestId('progress-mode')).toHaveAttribute('data-mode', 'live');
    const items = screen.getByRole('list', { name: 'Items of this run' });
    expect(within(items).getAllByTestId('item-state').map((b) => b.textContent)).toEqual(['Awaiting review', 'Writing']);
    expect(screen.getByRole('progressbar', { name: 'Items written' })).toHaveAttribute('aria-valuenow', '1');

    stream.send(frame('done', run('completed', [item('i1', 'x', 'awaiting_review'), item('i2', 'linkedin', 'failed', { error: 'The provider timed out.' })], { credits_reserved: 10, credits_charged: 5 })));
    expect(await screen.findByText('Drafts ready for review')).toBeInTheDocument();
    expect(screen.getByTestId('credits-charged')).toHaveTextContent('5');
    expect(screen.getByText('The provider timed out.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel run' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open x post in the inbox' })).toHaveAttribute('href', '/inbox/i1');
    expect(calls.find((c) => c.path.endsWith('/events'))?.auth).toBe('Bearer access-1');
    stream.close();
  });

  it('polls the run every second when the event stream is refused', async () => {
    let polls = 0;
    mockFetch({
      'GET /api/v1/agent-runs/r1': () => {
        polls++;
        return json(polls < 3 ? run('running', [item('i1', 'x', 'running')]) : run('completed', [item('i1', 'x', 'awaiting_review')]));
      },
      'GET /api/v1/agent-runs/r1/events': () => problem(503, 'unavailable', 'Streaming is off.'),
    });
    renderAt(<RunPage runId="r1" canWrite />, { route: '/r', path: '/r' });
    expect(await screen.findByTestId('progress-mode')).toHaveAttribute('data-mode', 'polling');
    await waitFor(() => expect(screen.getByText('1 of 1 item written')).toBeInTheDocument(), { timeout: 4000 });
    const seen = polls;
    await new Promise((r) => setTimeout(r, 1300));
    expect(polls).toBe(seen);
  });
});
