import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Asset } from '@/lib/api/types';
import { assetsQueryKey } from './get-assets';

export function uploadAsset({ file, brandId, tags }: { file: File; brandId?: string; tags?: string[] }): Promise<Asset> {
  const form = new FormData();
  form.append('file', file);
  if (brandId) form.append('brand_id', brandId);
  if (tags?.length) form.append('tags', tags.join(','));
  return unwrap(
    // The generated type describes the form's fields; openapi-fetch sends FormData as is.
    api.POST('/api/v1/assets', { body: form as unknown as never }),
  );
}

export function useUploadAsset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadAsset,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assetsQueryKey }),
  });
}
