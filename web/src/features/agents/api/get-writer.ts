import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Writer } from '@/lib/api/types';

/** Who writes the drafts now, and in which languages (null: any), for the brief form to warn before sending. */
export function getWriter(): Promise<Writer> {
  return unwrap(api.GET('/api/v1/agents/writer'));
}

export const writerQueryKey = ['agents', 'writer'] as const;

export function writerQueryOptions() {
  return queryOptions({ queryKey: writerQueryKey, queryFn: getWriter, staleTime: 60_000 });
}

export function useWriter() {
  return useQuery(writerQueryOptions());
}
