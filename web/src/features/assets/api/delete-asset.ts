import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { assetsQueryKey } from './get-assets';

export async function deleteAsset(id: string): Promise<void> {
  await unwrap(api.DELETE('/api/v1/assets/{id}', { params: { path: { id } } }));
}

export function useDeleteAsset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAsset,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assetsQueryKey }),
  });
}
