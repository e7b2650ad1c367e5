import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { keywordsKey } from './keys';

/** Forgets every imported metric; the map keeps only what the crawls found. Answers how many were removed. */
export async function forgetMetrics(): Promise<number> {
  const res = await unwrap(api.DELETE('/api/v1/keywords/metrics'));
  return res.deleted;
}

export function useForgetMetrics() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: forgetMetrics,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keywordsKey }),
  });
}
