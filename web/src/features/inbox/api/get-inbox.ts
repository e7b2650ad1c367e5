import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { InboxPage } from '@/lib/api/types';
import { inboxKey } from './keys';

export type InboxFilters = {
  /** One state or several separated by commas; empty for every state. */
  state?: string;
  agent?: string;
  channel?: string;
  brandId?: string;
  personaId?: string;
  campaign?: string;
  assigneeId?: string;
};

export const PAGE_SIZE = 25;

export function getInbox(filters: InboxFilters, cursor?: string | null): Promise<InboxPage> {
  return unwrap(
    api.GET('/api/v1/inbox', {
      params: {
        query: {
          limit: PAGE_SIZE,
          cursor: cursor ?? undefined,
          state: filters.state || undefined,
          agent: filters.agent || undefined,
          channel: filters.channel || undefined,
          brand_id: filters.brandId || undefined,
          persona_id: filters.personaId || undefined,
          campaign: filters.campaign || undefined,
          assignee_id: filters.assigneeId || undefined,
        },
      },
    }),
  );
}

export function inboxQueryOptions(filters: InboxFilters) {
  return infiniteQueryOptions({
    queryKey: [...inboxKey, 'list', filters],
    queryFn: ({ pageParam }) => getInbox(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    // Items being written change state within seconds: follow them until every one is done.
    refetchInterval: (query) => {
      const pages = query.state.data?.pages ?? [];
      return pages.some((p) => p.items.some((i) => i.state === 'queued' || i.state === 'running')) ? 2000 : false;
    },
  });
}

export function useInbox(filters: InboxFilters) {
  return useInfiniteQuery(inboxQueryOptions(filters));
}
