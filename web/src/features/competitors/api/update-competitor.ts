import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Competitor, CompetitorPatch } from '@/lib/api/types';
import { competitorKey, competitorsKey } from './keys';
import { requestJson } from './request';

export function updateCompetitor({ id, patch }: { id: string; patch: CompetitorPatch }): Promise<Competitor> {
  return requestJson('PATCH', `/competitors/${encodeURIComponent(id)}`, patch);
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
