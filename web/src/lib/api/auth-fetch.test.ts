import { tokenStore } from '@/lib/auth/token-store';
import { problem, json } from '@/testing/render';
import { createAuthFetch } from './auth-fetch';

const ORIGIN = 'http://localhost';

function tokensBody(access: string, refresh: string) {
  return { access_token: access, refresh_token: refresh, token_type: 'Bearer', expires_in: 900, user: {}, organization: {} };
}

describe('authFetch', () => {
  beforeEach(() => {
    tokenStore.set({ accessToken: 'old-access', refreshToken: 'refresh-1' });
  });

  it('attaches the bearer token', async () => {
    const fetch = vi.fn(async (_req: Request) => json({ ok: true }));
    const authFetch = createAuthFetch({ fetch });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/auth/user`));
    expect(res.status).toBe(200);
    expect(fetch.mock.calls[0][0].headers.get('Authorization')).toBe('Bearer old-access');
  });

  it('refreshes once on 401 and retries the request with the new token and the same body', async () => {
    const seen: { path: string; auth: string | null; body: string }[] = [];
    const fetch = vi.fn(async (req: Request) => {
      const path = new URL(req.url).pathname;
      seen.push({ path, auth: req.headers.get('Authorization'), body: req.method === 'GET' ? '' : await req.text() });
      if (path === '/api/v1/auth/refresh') return json(tokensBody('new-access', 'refresh-2'));
      return req.headers.get('Authorization') === 'Bearer new-access' ? json({ ok: true }) : problem(401, 'unauthorized', 'Expired');
    });
    const onSignedOut = vi.fn();
    const authFetch = createAuthFetch({ fetch, onSignedOut });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/users/invite`, { method: 'POST', body: JSON.stringify({ email: 'a@b.co' }) }));

    expect(res.status).toBe(200);
    expect(seen.map((s) => s.path)).toEqual(['/api/v1/users/invite', '/api/v1/auth/refresh', '/api/v1/users/invite']);
    expect(JSON.parse(seen[1].body)).toEqual({ refresh_token: 'refresh-1' });
    expect(seen[2]).toEqual({ path: '/api/v1/users/invite', auth: 'Bearer new-access', body: '{"email":"a@b.co"}' });
    expect(tokenStore.get()).toEqual({ accessToken: 'new-access', refreshToken: 'refresh-2' });
    expect(localStorage.getItem('brandium.refresh_token')).toBe('refresh-2');
    expect(onSignedOut).not.toHaveBeenCalled();
  });

  it('shares one refresh among concurrent 401s', async () => {
    let refreshes = 0;
    const fetch = vi.fn(async (req: Request) => {
      if (new URL(req.url).pathname === '/api/v1/auth/refresh') {
        refreshes++;
        await new Promise((r) => setTimeout(r, 10));
        return json(tokensBody('new-access', 'refresh-2'));
      }
      return req.headers.get('Authorization') === 'Bearer new-access' ? json({ ok: true }) : problem(401, 'unauthorized', 'Expired');
    });
    const authFetch = createAuthFetch({ fetch });
    const results = await Promise.all([1, 2, 3].map(() => authFetch(new Request(`${ORIGIN}/api/v1/onboarding`))));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(refreshes).toBe(1);
  });

  it('signs out when the refresh is refused, without retrying', async () => {
    const fetch = vi.fn(async (req: Request) =>
      new URL(req.url).pathname === '/api/v1/auth/refresh' ? problem(401, 'invalid_token', 'Reused') : problem(401, 'unauthorized', 'Expired'),
    );
    const onSignedOut = vi.fn();
    const authFetch = createAuthFetch({ fetch, onSignedOut });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/auth/user`));
    expect(res.status).toBe(401);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(tokenStore.get()).toBeNull();
    expect(localStorage.getItem('brandium.access_token')).toBeNull();
    expect(onSignedOut).toHaveBeenCalledOnce();
  });

  it('signs out when the retried request is still unauthorized (refresh at most once)', async () => {
    const fetch = vi.fn(async (req: Request) =>
      new URL(req.url).pathname === '/api/v1/auth/refresh' ? json(tokensBody('new-access', 'refresh-2')) : problem(401, 'unauthorized', 'Nope'),
    );
    const authFetch = createAuthFetch({ fetch });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/auth/user`));
    expect(res.status).toBe(401);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(tokenStore.get()).toBeNull();
  });

  it('does not refresh when a sign-in answers 401 (wrong password, 2FA needed)', async () => {
    const fetch = vi.fn(async () => problem(401, 'totp_required', 'Enter your code'));
    const authFetch = createAuthFetch({ fetch });
    const res = await authFetch(new Request(`${ORIGIN}/api/v1/auth/login`, { method: 'POST', body: '{}' }));
    expect(res.status).toBe(401);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(tokenStore.get()).not.toBeNull();
  });
});
