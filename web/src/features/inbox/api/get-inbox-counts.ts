import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { InboxCounts } from '@/lib/api/types';
import { inboxKey } from './keys';

export function getInboxCounts(): Promise<InboxCounts> {
  return unwrap(api.GET('/api/v1/inbox/counts'));
}

export const inboxCountsKey = [...inboxKey, 'counts'] as const;

export function inboxCountsQueryOptions() {
  return queryOptions({
    queryKey: inboxCountsKey,
    queryFn: getInboxCounts,
    staleTime: 10_000,
    // Every 30 s for the badge; every 2 s while something is being written, so tabs move with it.
    refetchInterval: (query) => {
      const c = query.state.data;
      return c && c.queued + c.running > 0 ? 2000 : 30_000;
    },
  });
}

export function useInboxCounts() {
  return useQuery(inboxCountsQueryOptions());
}
