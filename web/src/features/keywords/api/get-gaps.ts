import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { GapList } from '@/lib/api/types';
import { gapsKey } from './keys';

/** Topics competitors cover and we don't, largest competitor presence first. */
export function getGaps(): Promise<GapList> {
  return unwrap(api.GET('/api/v1/keywords/gaps'));
}

export function gapsQueryOptions() {
  return queryOptions({ queryKey: gapsKey, queryFn: getGaps });
}

export function useGaps() {
  return useQuery(gapsQueryOptions());
}
