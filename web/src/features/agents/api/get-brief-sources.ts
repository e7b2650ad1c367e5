import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { BriefSourceList, SourceKind } from '@/lib/api/types';

/** News items, keyword topics, competitors and audit findings to start a brief from, each with a suggested brief. */
export function getBriefSources(kind: SourceKind | null): Promise<BriefSourceList> {
  return unwrap(api.GET('/api/v1/research/brief-sources', { params: { query: { kind: kind ?? undefined } } }));
}

export function briefSourcesQueryOptions(kind: SourceKind | null) {
  return queryOptions({ queryKey: ['research', 'brief-sources', kind] as const, queryFn: () => getBriefSources(kind) });
}

export function useBriefSources(kind: SourceKind | null, enabled = true) {
  return useQuery({ ...briefSourcesQueryOptions(kind), enabled });
}
