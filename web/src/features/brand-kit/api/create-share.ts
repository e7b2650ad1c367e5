import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ShareCreated } from '@/lib/api/types';
import { sharesQueryKey } from './get-shares';

export function createShare(brandId: string): Promise<ShareCreated> {
  return unwrap(api.POST('/api/v1/brands/{id}/shares', { params: { path: { id: brandId } } }));
}

export function useCreateShare(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => createShare(brandId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharesQueryKey(brandId) }),
  });
}
