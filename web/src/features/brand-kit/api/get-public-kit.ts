import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ProblemError } from '@/lib/api/problem';
import type { BrandKit } from '@/lib/api/types';

export function getPublicKit(token: string): Promise<BrandKit> {
  return unwrap(api.GET('/api/v1/public/brand-kits/{token}', { params: { path: { token } } }));
}

export function publicKitQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['public-brand-kit', token],
    queryFn: () => getPublicKit(token),
    // An unknown or revoked link will not start working on a retry.
    retry: (count, error) => !(error instanceof ProblemError && error.status === 404) && count < 2,
  });
}

export function usePublicKit(token: string) {
  return useQuery(publicKitQueryOptions(token));
}
