import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { tokenStore } from '@/lib/auth/token-store';

/** Providers shared by the app and by tests. Forgets cached data the moment the session ends. */
export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useEffect(
    () =>
      tokenStore.subscribe(() => {
        if (!tokenStore.get()) queryClient.clear();
      }),
    [queryClient],
  );
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
