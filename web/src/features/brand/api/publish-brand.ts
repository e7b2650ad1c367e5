import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RevisionSummary } from '@/lib/api/types';

export function publishBrand(id: string, message: string): Promise<RevisionSummary> {
  return unwrap(api.POST('/api/v1/brands/{id}/publish', { params: { path: { id } }, body: { message } }));
}

/** Publishing changes the brand, its revision list and every diff against the draft. */
export function usePublishBrand(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (message: string) => publishBrand(id, message),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['brands'] }),
  });
}
