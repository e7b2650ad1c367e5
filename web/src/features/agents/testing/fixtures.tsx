import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

export const T0 = '2026-03-01T10:00:00Z';

export function brandSummary(id: string, name: string) {
  return { id, name, published_version: 1, published_at: T0, created_at: T0, updated_at: T0 };
}

export function brand(id: string, name: string, tone?: Record<string, number>) {
  return { ...brandSummary(id, name), has_unpublished_changes: false, draft: { name, voice: tone ? { tone } : {} } };
}

export function persona(id: string, name: string) {
  return { id, brand_id: 'b1', name, buying_stage: 'awareness', details: {}, asset_count: 0, created_at: T0, updated_at: T0 };
}

export function item(id: string, channel: string, state: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    run_id: 'r1',
    brand_id: 'b1',
    agent: 'social',
    channel,
    state,
    title: `${channel} post`,
    approval_step: 0,
    approval_steps: 1,
    variant_count: state === 'awaiting_review' ? 2 : 0,
    fallback_used: false,
    created_at: T0,
    updated_at: T0,
    ...extra,
  };
}

export function run(status: string, items: ReturnType<typeof item>[], extra: Record<string, unknown> = {}) {
  const done = items.filter((i) => i.state === 'awaiting_review').length;
  return { id: 'r1', brand_id: 'b1', status, total: items.length, done, credits_reserved: 10, credits_charged: 0, words: 0, created_at: T0, items, ...extra };
}

/** Shows where the app navigated to. */
function Where() {
  const l = useLocation();
  return <p data-testid="location">{l.pathname + l.search}</p>;
}

/** Renders `ui` at `route` with the other paths the pages link to, so navigation can be asserted. */
export function renderAt(ui: ReactElement, { route = '/create', path = '/create' }: { route?: string; path?: string } = {}) {
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
