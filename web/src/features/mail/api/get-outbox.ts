import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { MailPage } from '@/lib/api/types';

export function getOutbox(cursor?: string | null): Promise<MailPage> {
  return unwrap(api.GET('/api/v1/mail/outbox', { params: { query: { limit: 50, cursor: cursor ?? undefined } } }));
}

export function outboxQueryOptions() {
  return infiniteQueryOptions({
    queryKey: ['mail', 'outbox'],
    queryFn: ({ pageParam }) => getOutbox(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

export function useOutbox() {
  return useInfiniteQuery(outboxQueryOptions());
}
