import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CompetitorPage, CompetitorPageInput } from '@/lib/api/types';
import { competitorKey, competitorPagesKey } from './keys';

export function addCompetitorPage({ id, input }: { id: string; input: CompetitorPageInput }): Promise<CompetitorPage> {
  return unwrap(api.POST('/api/v1/competitors/{id}/pages', { params: { path: { id } }, body: input }));
}

export function useAddCompetitorPage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CompetitorPageInput) => addCompetitorPage({ id, input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: competitorPagesKey(id) });
      void queryClient.invalidateQueries({ queryKey: competitorKey(id) });
    },
  });
}
