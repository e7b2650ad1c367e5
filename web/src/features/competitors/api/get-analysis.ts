import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CompetitorAnalysis } from '@/lib/api/types';
import { analysisKey } from './keys';

/**
 * The competitive analysis made on the server from the latest snapshots and the keyword map: our
 * positioning beside each competitor's, the keyword overlap, gaps, strengths and opportunities. Without
 * `brandId` our side is the organization's first brand.
 */
export function getAnalysis(brandId?: string): Promise<CompetitorAnalysis> {
  return unwrap(api.GET('/api/v1/competitors/analysis', { params: { query: brandId ? { brand_id: brandId } : {} } }));
}

export function analysisQueryOptions(brandId?: string) {
  return queryOptions({ queryKey: analysisKey(brandId), queryFn: () => getAnalysis(brandId) });
}

export function useAnalysis(brandId?: string) {
  return useQuery(analysisQueryOptions(brandId));
}
