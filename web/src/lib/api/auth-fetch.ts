/**
 * A fetch that attaches the bearer token and, when the server answers 401, tries ONE refresh with the stored
 * refresh token (concurrent 401s share that one refresh), then retries the request once. When the refresh
 * fails the user is signed out.
 */
import { tokenStore } from '@/lib/auth/token-store';
import type { TokenResponse } from './types';

export const REFRESH_PATH = '/api/v1/auth/refresh';

/** Endpoints whose 401 means "wrong credentials", not "expired token": never refresh on them. */
const NO_REFRESH = ['/api/v1/auth/login', '/api/v1/auth/signup', REFRESH_PATH, '/api/v1/auth/invitations/accept'];

type FetchLike = (input: Request) => Promise<Response>;

export type AuthFetchOptions = {
  /** The underlying fetch (tests pass a mock). Read on every call so that stubbing `globalThis.fetch` works. */
  fetch?: FetchLike;
  /** Called once the session is gone (refresh failed). */
  onSignedOut?: () => void;
};

let inflight: Promise<boolean> | null = null;

async function refreshOnce(doFetch: FetchLike, origin: string): Promise<boolean> {
  const refreshToken = tokenStore.refreshToken();
  if (!refreshToken) return false;
  try {
    const res = await doFetch(
      new Request(new URL(REFRESH_PATH, origin), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refresh_token: refreshToken }),
      }),
    );
    if (!res.ok) return false;
    const body = (await res.json()) as TokenResponse;
    tokenStore.set({ accessToken: body.access_token, refreshToken: body.refresh_token });
    return true;
  } catch {
    return false;
  }
}

/** Refresh the tokens, sharing one request among all callers that hit a 401 at the same time. */
export function refreshTokens(doFetch: FetchLike, origin: string): Promise<boolean> {
  if (!inflight) {
    inflight = refreshOnce(doFetch, origin).finally(() => {
      inflight = null;
    });
  }
  return inflight;
}

function withToken(req: Request, token: string | null): Request {
  const r = new Request(req);
  if (token) r.headers.set('Authorization', `Bearer ${token}`);
  return r;
}

export function createAuthFetch(options: AuthFetchOptions = {}) {
  const doFetch: FetchLike = (r) => (options.fetch ?? globalThis.fetch)(r);
  return async function authFetch(input: Request): Promise<Response> {
    const url = new URL(input.url);
    // Keep an untouched copy: the body of the first attempt is consumed by sending it.
    const spare = input.clone();
    const tokenUsed = tokenStore.accessToken();
    const res = await doFetch(withToken(input, tokenUsed));
    if (res.status !== 401 || NO_REFRESH.includes(url.pathname) || !tokenStore.get()) return res;

    // Another request may already have refreshed while this one was in flight.
    const latest = tokenStore.accessToken();
    const refreshed = latest !== null && latest !== tokenUsed ? true : await refreshTokens(doFetch, url.origin);
    if (!refreshed) {
      tokenStore.clear();
      options.onSignedOut?.();
      return res;
    }
    const retried = await doFetch(withToken(spare, tokenStore.accessToken()));
    if (retried.status === 401) {
      tokenStore.clear();
      options.onSignedOut?.();
    }
    return retried;
  };
}
