import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { MemberPage } from '@/lib/api/types';

export function getMembers(cursor?: string | null): Promise<MemberPage> {
  return unwrap(api.GET('/api/v1/users', { params: { query: { limit: 100, cursor: cursor ?? undefined } } }));
}

export const membersQueryKey = ['members', 'list'] as const;

export function membersQueryOptions() {
  return infiniteQueryOptions({
    queryKey: membersQueryKey,
    queryFn: ({ pageParam }) => getMembers(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

export function useMembers() {
  return useInfiniteQuery(membersQueryOptions());
}
