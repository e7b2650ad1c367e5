import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Asset, UpdateAsset } from '@/lib/api/types';
import { assetsQueryKey } from './get-assets';

export function updateAsset({ id, body }: { id: string; body: UpdateAsset }): Promise<Asset> {
  return unwrap(api.PUT('/api/v1/assets/{id}', { params: { path: { id } }, body }));
}

export function useUpdateAsset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAsset,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assetsQueryKey }),
  });
}
