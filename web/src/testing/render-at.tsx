import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

/** Shows where the app navigated to. */
function Where() {
  const l = useLocation();
  return <p data-testid="location">{l.pathname + l.search}</p>;
}

/**
 * Renders `ui` at `route` (matched by `path`) with a fresh query client and a catch-all that shows
 * where the app navigated to (`data-testid="location"`), so navigation can be asserted.
 */
export function renderAtRoute(ui: ReactElement, { route, path }: { route: string; path: string }) {
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
