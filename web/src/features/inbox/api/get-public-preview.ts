import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ProblemError } from '@/lib/api/problem';
import type { PublicPreview } from '@/lib/api/types';

export function getPublicPreview(token: string): Promise<PublicPreview> {
  return unwrap(api.GET('/api/v1/public/previews/{token}', { params: { path: { token } } }));
}

export function publicPreviewQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['public-preview', token],
    queryFn: () => getPublicPreview(token),
    // An unknown or expired link will not start working on a retry.
    retry: (count, error) => !(error instanceof ProblemError && error.status === 404) && count < 2,
  });
}

export function usePublicPreview(token: string) {
  return useQuery(publicPreviewQueryOptions(token));
}
