/** The typed API client: openapi-fetch over the generated `paths`, with auth and problem+json errors. */
import createClient from 'openapi-fetch';
import { createAuthFetch } from './auth-fetch';
import { toProblemError } from './problem';
import type { paths } from './schema';

function origin(): string {
  return typeof window !== 'undefined' && window.location?.origin && window.location.origin !== 'null'
    ? window.location.origin
    : 'http://localhost';
}

export const authFetch = createAuthFetch();

export const api = createClient<paths>({
  baseUrl: origin(),
  fetch: (req) => authFetch(req),
});

type Result<T> = { data?: T; error?: unknown; response: Response };

/**
 * Turn an openapi-fetch result into its data, or throw a ProblemError. Use for every call so that
 * components only ever see typed data or a ProblemError.
 */
export async function unwrap<T>(promise: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await promise;
  if (!response.ok) throw toProblemError(response.status, error, response.headers);
  return data as T;
}
