import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ChangeList } from '@/lib/api/types';
import { allChangesKey, competitorChangesKey } from './keys';

/** One competitor's changes, newest first. */
export function getCompetitorChanges(id: string): Promise<ChangeList> {
  return unwrap(api.GET('/api/v1/competitors/{id}/changes', { params: { path: { id }, query: { limit: 100 } } }));
}

export function useCompetitorChanges(id: string) {
  return useQuery(queryOptions({ queryKey: competitorChangesKey(id), queryFn: () => getCompetitorChanges(id) }));
}

/** Every competitor's changes, newest first: the list shows each one's latest. */
export function getAllChanges(): Promise<ChangeList> {
  return unwrap(api.GET('/api/v1/competitor-changes', { params: { query: { limit: 200 } } }));
}

export function useAllChanges() {
  return useQuery(queryOptions({ queryKey: allChangesKey, queryFn: getAllChanges }));
}
