import { authFetch } from '@/lib/api/client';
import { toProblemError } from '@/lib/api/problem';

/**
 * A request built by hand, for the operations whose generated types describe another response: the
 * API document gives `GET /competitors`, `GET /competitors/{id}` and `PATCH /competitors/{id}` the
 * operation ids `list`, `get_one` and `update` that other modules use too, names the pages list
 * `PageList` like the site audit's, and a change's diff `Change` like the brand revision's. Errors are
 * ProblemErrors, like through the typed client.
 */
export async function requestJson<T>(method: 'GET' | 'PATCH', path: string, body?: unknown): Promise<T> {
  const res = await authFetch(
    new Request(`${window.location.origin}/api/v1${path}`, {
      method,
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  const data: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw toProblemError(res.status, data, res.headers);
  return data as T;
}
