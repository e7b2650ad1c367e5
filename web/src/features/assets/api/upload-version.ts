import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Asset } from '@/lib/api/types';
import { assetsQueryKey } from './get-assets';
import { sendForm, type Progress } from './send-form';

export type VersionInput = { id: string; file: File; comment?: string; onProgress?: Progress };

export function uploadVersion({ id, file, comment, onProgress }: VersionInput): Promise<Asset> {
  const form = new FormData();
  if (comment) form.append('comment', comment);
  form.append('file', file, file.name);
  return sendForm<Asset>(`/api/v1/assets/${encodeURIComponent(id)}/versions`, form, onProgress);
}

export function useUploadVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadVersion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assetsQueryKey }),
  });
}
