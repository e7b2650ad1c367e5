import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Competitor, CompetitorPatch } from '@/lib/api/types';
import { competitorKey, competitorsKey } from './keys';

export function updateCompetitor({ id, patch }: { id: string; patch: CompetitorPatch }): Promise<Competitor> {
  return unwrap(api.PATCH('/api/v1/competitors/{id}', { params: { path: { id } }, body: patch }));
}

export function useUpdateCompetitor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCompetitor,
    onSuccess: (c) => {
      queryClient.setQueryData(competitorKey(c.id), c);
      void queryClient.invalidateQueries({ queryKey: competitorsKey });
    },
  });
}
