import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { toProblemError } from '@/lib/api/problem';
import type { StreamEnd } from './event-stream';
import { useLiveResource, type LiveSource } from './use-live-resource';

type Job = { id: string; done: number };

/** A stream the test drives: it pushes values and decides how the stream ends. */
function controlledSource(onFinal = vi.fn()) {
  let push: (v: Job, final: boolean) => void = () => undefined;
  let end: (e: StreamEnd) => void = () => undefined;
  let fail: (e: unknown) => void = () => undefined;
  let signal: AbortSignal | undefined;
  const source: LiveSource<Job> = {
    queryKey: (id) => ['jobs', id],
    stream: (_id, onValue, s) => {
      push = onValue;
      signal = s;
      return new Promise<StreamEnd>((resolve, reject) => {
        end = resolve;
        fail = reject;
      });
    },
    onFinal,
  };
  return { source, onFinal, push: (v: Job, final = false) => push(v, final), end: (e: StreamEnd) => end(e), fail: (e: unknown) => fail(e), signal: () => signal };
}

function setup(src: LiveSource<Job>) {
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const hook = renderHook(() => useLiveResource('j1', src), { wrapper });
  return { ...hook, queryClient };
}

describe('useLiveResource', () => {
  it('caches every streamed value, goes live, and finishes on the final one', async () => {
    const s = controlledSource();
    const { result, queryClient } = setup(s.source);
    expect(result.current).toBe('connecting');

    act(() => s.push({ id: 'j1', done: 1 }));
    expect(result.current).toBe('live');
    expect(queryClient.getQueryData(['jobs', 'j1'])).toEqual({ id: 'j1', done: 1 });
    expect(s.onFinal).not.toHaveBeenCalled();

    act(() => s.push({ id: 'j1', done: 2 }, true));
    expect(result.current).toBe('finished');
    expect(queryClient.getQueryData(['jobs', 'j1'])).toEqual({ id: 'j1', done: 2 });
    expect(s.onFinal).toHaveBeenCalledWith(queryClient);
  });

  it('falls back to polling when the stream ends early or fails', async () => {
    const early = controlledSource();
    const a = setup(early.source);
    act(() => early.push({ id: 'j1', done: 1 }));
    await act(async () => early.end('ended'));
    expect(a.result.current).toBe('polling');

    const broken = controlledSource();
    const b = setup(broken.source);
    await act(async () => broken.fail(new TypeError('network down')));
    expect(b.result.current).toBe('polling');
  });

  it('finishes without polling when the resource does not exist', async () => {
    const s = controlledSource();
    const { result } = setup(s.source);
    await act(async () => s.fail(toProblemError(404, { code: 'not_found' })));
    await waitFor(() => expect(result.current).toBe('finished'));
    expect(s.onFinal).not.toHaveBeenCalled();
  });

  it('closes the stream on unmount and ignores what arrives afterwards', async () => {
    const s = controlledSource();
    const { unmount, queryClient } = setup(s.source);
    unmount();
    expect(s.signal()?.aborted).toBe(true);
    s.push({ id: 'j1', done: 5 }, true);
    expect(queryClient.getQueryData(['jobs', 'j1'])).toBeUndefined();
    expect(s.onFinal).not.toHaveBeenCalled();
  });
});
