import { isProblem } from '@/lib/api/problem';
import { tokenStore } from '@/lib/auth/token-store';
import { eventStream, frame } from '@/testing/event-stream';
import { mockFetch, problem } from '@/testing/render';
import { streamEvents } from './event-stream';

type Job = { id: string; done: number };

describe('streamEvents', () => {
  beforeEach(() => {
    tokenStore.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  });

  it('sends the bearer token and passes progress values, then the final one, and reports done', async () => {
    const stream = eventStream();
    const { fn, calls } = mockFetch({ 'GET /api/v1/jobs/j1/events': stream.response });
    const seen: [Job, boolean][] = [];
    const ended = streamEvents<Job>('/api/v1/jobs/j1/events', (v, final) => seen.push([v, final]), new AbortController().signal);
    stream.send(frame('progress', { id: 'j1', done: 1 }));
    stream.send('event: progress\ndata: not json\n\n');
    stream.send(frame('other', { id: 'j1', done: 9 }));
    stream.send(frame('done', { id: 'j1', done: 2 }));
    stream.close();

    await expect(ended).resolves.toBe('done');
    expect(seen).toEqual([
      [{ id: 'j1', done: 1 }, false],
      [{ id: 'j1', done: 2 }, true],
    ]);
    expect(calls[0].auth).toBe('Bearer access-1');
    const req = fn.mock.calls[0][0] as Request;
    expect(req.headers.get('Accept')).toBe('text/event-stream');
  });

  it('reports ended when the server closes the stream before done', async () => {
    const stream = eventStream();
    mockFetch({ 'GET /api/v1/jobs/j1/events': stream.response });
    const seen: Job[] = [];
    const ended = streamEvents<Job>('/api/v1/jobs/j1/events', (v) => seen.push(v), new AbortController().signal);
    stream.send(frame('progress', { id: 'j1', done: 1 }));
    stream.close();

    await expect(ended).resolves.toBe('ended');
    expect(seen).toEqual([{ id: 'j1', done: 1 }]);
  });

  it('throws the problem the server answers with', async () => {
    mockFetch({ 'GET /api/v1/jobs/gone/events': () => problem(404, 'not_found', 'No such job') });
    const err: unknown = await streamEvents('/api/v1/jobs/gone/events', () => undefined, new AbortController().signal).catch((e: unknown) => e);
    expect(isProblem(err, 'not_found')).toBe(true);
  });
});
