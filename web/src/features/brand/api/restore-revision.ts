import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RevisionSummary } from '@/lib/api/types';

export function restoreRevision(id: string, version: number, message?: string): Promise<RevisionSummary> {
  return unwrap(
    api.POST('/api/v1/brands/{id}/revisions/{version}/restore', {
      params: { path: { id, version } },
      body: message ? { message } : {},
    }),
  );
}

export function useRestoreRevision(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, message }: { version: number; message?: string }) => restoreRevision(id, version, message),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['brands'] }),
  });
}
