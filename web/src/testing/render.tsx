import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AppProvider } from '@/app/provider';

export function renderWithProviders(ui: ReactElement, { route = '/test', path = '/test' }: { route?: string; path?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const result = render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[route]}>
        <Routes>
          <Route path={path} element={ui} />
          <Route path="/" element={<p>home page</p>} />
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
  return { ...result, queryClient };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  const problem = status >= 400;
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': problem ? 'application/problem+json' : 'application/json', ...headers },
  });
}

export function problem(status: number, code: string, detail: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return json({ type: 'about:blank', title: detail, status, detail, code, ...extra }, status, headers);
}

/** A fetch mock that routes `METHOD /path` to handlers; the requests it saw are kept for assertions. */
export function mockFetch(handlers: Record<string, (req: Request) => Response | Promise<Response>>) {
  const calls: { method: string; path: string; body: unknown; auth: string | null }[] = [];
  const fn = vi.fn(async (input: Request | string, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    const url = new URL(req.url);
    const text = req.method === 'GET' || req.method === 'HEAD' ? '' : await req.clone().text();
    calls.push({ method: req.method, path: url.pathname, body: text ? JSON.parse(text) : undefined, auth: req.headers.get('Authorization') });
    const handler = handlers[`${req.method} ${url.pathname}`];
    if (!handler) return problem(404, 'not_found', `no mock for ${req.method} ${url.pathname}`);
    return handler(req);
  });
  vi.stubGlobal('fetch', fn);
  return { fn, calls };
}
