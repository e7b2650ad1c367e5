import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Capture } from '@/lib/api/types';
import { capturesQueryKey } from './get-captures';

export function createCapture({ brandId, url }: { brandId: string; url: string }): Promise<Capture> {
  return unwrap(api.POST('/api/v1/brands/{id}/captures', { params: { path: { id: brandId } }, body: { url } }));
}

export function useCreateCapture(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (url: string) => createCapture({ brandId, url }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: capturesQueryKey(brandId) }),
  });
}
