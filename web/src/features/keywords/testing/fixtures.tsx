import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { problem } from '@/testing/render';

export const T0 = '2026-03-01T10:00:00Z';

/**
 * A fetch mock that routes `METHOD /path` to handlers and keeps the requests it saw, with their query
 * and their body as text (the import sends CSV, not JSON).
 */
export function mockFetchText(handlers: Record<string, (req: Request) => Response | Promise<Response>>) {
  const calls: { method: string; path: string; query: URLSearchParams; body: string; contentType: string | null }[] = [];
  const fn = vi.fn(async (input: Request | string, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(input, init);
    const url = new URL(req.url);
    const body = req.method === 'GET' || req.method === 'HEAD' ? '' : await req.clone().text();
    calls.push({ method: req.method, path: url.pathname, query: url.searchParams, body, contentType: req.headers.get('Content-Type') });
    const handler = handlers[`${req.method} ${url.pathname}`];
    if (!handler) return problem(404, 'not_found', `no mock for ${req.method} ${url.pathname}`);
    return handler(req);
  });
  vi.stubGlobal('fetch', fn);
  return { fn, calls };
}

export function keyword(phrase: string, intent: string, cluster: number, ours: number, competitors: Record<string, number>, extra: Record<string, unknown> = {}) {
  return { phrase, score: 0.5, intent, cluster_id: cluster, ours, competitors, pages: [], volume: null, difficulty: null, cpc: null, competition: null, ...extra };
}

export function cluster(id: number, label: string, intent: string, gap: boolean, keywords: string[]) {
  return {
    id,
    label,
    intent,
    keywords,
    ours_coverage: gap ? 0 : 0.6,
    competitor_coverage: 0.8,
    gap,
    recommendation: { content_type: gap ? 'comparison_page' : 'blog_post', rationale: `Searchers compare ${label}.` },
  };
}

export function renderPage(ui: ReactElement) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}
