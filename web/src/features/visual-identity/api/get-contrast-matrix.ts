import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ContrastEntry, ContrastMatrix } from '@/lib/api/types';

/** A pure computation on the server (POST, but no side effect), so it is cached like a read. */
export function getContrastMatrix(palette: ContrastEntry[], allPairs = false): Promise<ContrastMatrix> {
  return unwrap(api.POST('/api/v1/palettes/contrast', { body: { palette, all_pairs: allPairs } }));
}

export function contrastMatrixQueryOptions(palette: ContrastEntry[], allPairs = false) {
  return queryOptions({
    queryKey: ['palettes', 'contrast', palette, allPairs] as const,
    queryFn: () => getContrastMatrix(palette, allPairs),
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

export function useContrastMatrix(palette: ContrastEntry[], allPairs = false, enabled = true) {
  return useQuery({ ...contrastMatrixQueryOptions(palette, allPairs), enabled });
}
