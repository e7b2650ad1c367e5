import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Asset, LogoVariant } from '@/lib/api/types';
import { assetsQueryKey } from './get-assets';

export function importLogo({ captureId, url, variant }: { captureId: string; url: string; variant: LogoVariant }): Promise<Asset> {
  return unwrap(api.POST('/api/v1/captures/{id}/logos', { params: { path: { id: captureId } }, body: { url, variant } }));
}

export function useImportLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importLogo,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assetsQueryKey }),
  });
}
