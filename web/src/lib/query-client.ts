import { QueryClient } from '@tanstack/react-query';
import { ProblemError } from '@/lib/api/problem';

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => {
          // Client errors (401, 403, 404, 422...) will not change on retry.
          if (error instanceof ProblemError && error.status < 500) return false;
          return count < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}

export const queryClient = makeQueryClient();
