import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Member } from '@/lib/api/types';

/** Every member of the organization, following the cursor (approval steps can name any of them). */
export async function getAllMembers(): Promise<Member[]> {
  const all: Member[] = [];
  let cursor: string | undefined;
  // A bound on pages keeps a misbehaving cursor from looping forever.
  for (let page = 0; page < 50; page++) {
    const res = await unwrap(api.GET('/api/v1/users', { params: { query: { limit: 100, cursor } } }));
    all.push(...res.items);
    if (!res.next_cursor) break;
    cursor = res.next_cursor;
  }
  return all;
}

export function membersQueryOptions() {
  return queryOptions({ queryKey: ['members', 'all'] as const, queryFn: getAllMembers });
}

export function useAllMembers() {
  return useQuery(membersQueryOptions());
}
