import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { competitorKey, competitorListKey } from './keys';

/** Removes the competitor with its pages, snapshots and changes. */
export async function deleteCompetitor(id: string): Promise<void> {
  await unwrap(api.DELETE('/api/v1/competitors/{id}', { params: { path: { id } } }));
}

export function useDeleteCompetitor(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteCompetitor(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: competitorKey(id) });
      void queryClient.invalidateQueries({ queryKey: competitorListKey });
    },
  });
}
