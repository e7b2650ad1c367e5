import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Asset } from '@/lib/api/types';
import { assetsQueryKey } from './get-assets';
import { sendForm, type Progress } from './send-form';

export type UploadInput = { file: File; name?: string; tags?: string[]; brandId?: string; onProgress?: Progress; signal?: AbortSignal };

export function uploadAsset({ file, name, tags, brandId, onProgress, signal }: UploadInput): Promise<Asset> {
  const form = new FormData();
  if (name) form.append('name', name);
  if (tags?.length) form.append('tags', tags.join(','));
  if (brandId) form.append('brand_id', brandId);
  // The file goes last so the small fields are read before the stream of bytes.
  form.append('file', file, file.name);
  return sendForm<Asset>('/api/v1/assets', form, onProgress, signal);
}

export function useUploadAsset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadAsset,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assetsQueryKey }),
  });
}
