import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

export const T0 = '2026-03-01T10:00:00Z';

export function crawl(id: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    site_id: 's1',
    status,
    trigger: 'manual',
    max_pages: 500,
    progress: null,
    pages_crawled: 0,
    issues_count: 0,
    critical: 0,
    warnings: 0,
    notices: 0,
    health_score: null,
    stopped: null,
    error: null,
    created_at: T0,
    started_at: T0,
    finished_at: status === 'succeeded' ? T0 : null,
    ...extra,
  };
}

export function site(id: string, name: string, lastCrawl: ReturnType<typeof crawl> | null, extra: Record<string, unknown> = {}) {
  return { id, name, url: `https://${name.toLowerCase()}.test/`, schedule: 'weekly', max_pages: 500, next_crawl_at: null, last_crawl: lastCrawl, created_at: T0, ...extra };
}

export function check(id: string, title: string, severity: string, affected: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    title,
    category: 'links',
    severity,
    explanation: `${title} hurts.`,
    fix: `Fix the ${title.toLowerCase()}.`,
    affected,
    share: affected / 40,
    priority: affected,
    urls: Array.from({ length: affected }, (_, i) => `https://acme.test/p${i}`),
    ...extra,
  };
}

/** A server-sent event stream the test writes frames into. */
export function eventStream() {
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  const enc = new TextEncoder();
  return {
    response: () => new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
    send: (text: string) => controller?.enqueue(enc.encode(text)),
    close: () => controller?.close(),
  };
}

export const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

function Where() {
  const l = useLocation();
  return <p data-testid="location">{l.pathname + l.search}</p>;
}

/** Renders `ui` at `route` with a catch-all that shows where the app navigated to. */
export function renderAt(ui: ReactElement, { route = '/research', path = '/research' }: { route?: string; path?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[route]}>
        <Routes>
          <Route path={path} element={ui} />
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}
