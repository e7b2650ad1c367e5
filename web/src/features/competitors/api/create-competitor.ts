import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Competitor, CompetitorInput } from '@/lib/api/types';
import { competitorKey, competitorsKey } from './keys';

export function createCompetitor(input: CompetitorInput): Promise<Competitor> {
  return unwrap(api.POST('/api/v1/competitors', { body: input }));
}

export function useCreateCompetitor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCompetitor,
    onSuccess: (c) => {
      queryClient.setQueryData(competitorKey(c.id), c);
      void queryClient.invalidateQueries({ queryKey: competitorsKey });
    },
  });
}
