import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { competitorKey, competitorPagesKey, competitorSnapshotsKey } from './keys';

/** Stops watching the page; its snapshots and changes go with it. */
export async function removeCompetitorPage({ id, pageId }: { id: string; pageId: string }): Promise<void> {
  await unwrap(api.DELETE('/api/v1/competitors/{id}/pages/{page_id}', { params: { path: { id, page_id: pageId } } }));
}

export function useRemoveCompetitorPage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pageId: string) => removeCompetitorPage({ id, pageId }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: competitorPagesKey(id) });
      void queryClient.invalidateQueries({ queryKey: competitorSnapshotsKey(id) });
      void queryClient.invalidateQueries({ queryKey: competitorKey(id) });
    },
  });
}
