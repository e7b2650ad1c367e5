import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { sharesQueryKey } from './get-shares';

export async function revokeShare(id: string): Promise<void> {
  await unwrap(api.DELETE('/api/v1/shares/{id}', { params: { path: { id } } }));
}

export function useRevokeShare(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeShare,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharesQueryKey(brandId) }),
  });
}
