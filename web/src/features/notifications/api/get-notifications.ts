import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { NotificationPage } from '@/lib/api/types';

/** The newest notifications of the signed-in member, with the unread count over all of them. */
export function getNotifications(): Promise<NotificationPage> {
  return unwrap(api.GET('/api/v1/notifications', { params: { query: { limit: 20 } } }));
}

export const notificationsQueryKey = ['notifications', 'list'] as const;

export function notificationsQueryOptions() {
  return queryOptions({
    queryKey: notificationsQueryKey,
    queryFn: getNotifications,
    // new versions are announced while people work; a minute is soon enough
    refetchInterval: 60_000,
  });
}

export function useNotifications() {
  return useQuery(notificationsQueryOptions());
}
