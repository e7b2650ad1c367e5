/**
 * A resource's progress as server-sent events (`progress` with the resource on every change, then
 * `done` with its final state). Read with fetch rather than EventSource, which cannot send the bearer
 * token; `authFetch` adds it and refreshes an expired one like every other call.
 */
import { authFetch } from '@/lib/api/client';
import { toProblemError } from '@/lib/api/problem';
import { readSse } from '@/lib/sse';

/** 'done' when the final event arrived, 'ended' when the server closed the stream before it. */
export type StreamEnd = 'done' | 'ended';

/**
 * Streams the events at `path` (an API path on this origin) into `onValue` until `done` ('done') or
 * until the server closes the stream early ('ended'). Other events and data that is not JSON are
 * skipped. Throws a ProblemError when the server refuses, and the fetch's error when the connection
 * fails or `signal` aborts.
 */
export async function streamEvents<T>(path: string, onValue: (value: T, final: boolean) => void, signal: AbortSignal): Promise<StreamEnd> {
  const url = new URL(path, window.location.origin);
  const res = await authFetch(new Request(url, { headers: { Accept: 'text/event-stream' }, signal }));
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    throw toProblemError(res.status, body, res.headers);
  }
  if (!res.body) throw new Error('The browser cannot read streamed responses.');
  let finished = false;
  await readSse(res.body, (ev) => {
    if (ev.event !== 'progress' && ev.event !== 'done') return;
    let value: T;
    try {
      value = JSON.parse(ev.data) as T;
    } catch {
      return;
    }
    if (ev.event === 'done') finished = true;
    onValue(value, ev.event === 'done');
  });
  return finished ? 'done' : 'ended';
}
