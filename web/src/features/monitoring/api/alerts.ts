import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { AlertPage, MonitoringAlert, ReadAll } from '@/lib/api/types';
import { alertsKey } from './keys';

export function getAlerts(unread: boolean): Promise<AlertPage> {
  return unwrap(api.GET('/api/v1/alerts', { params: { query: { unread: unread || undefined, limit: 100 } } }));
}

/** Unread first, then by priority, newest first (the server's order). */
export function useAlerts(unread = false) {
  return useQuery(queryOptions({ queryKey: [...alertsKey, { unread }], queryFn: () => getAlerts(unread), refetchInterval: 30_000 }));
}

export function readAlert(id: string): Promise<MonitoringAlert> {
  return unwrap(api.POST('/api/v1/alerts/{id}/read', { params: { path: { id } } }));
}

export function useReadAlert() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: readAlert, onSuccess: () => queryClient.invalidateQueries({ queryKey: alertsKey }) });
}

export function readAllAlerts(): Promise<ReadAll> {
  return unwrap(api.POST('/api/v1/alerts/read-all'));
}

export function useReadAllAlerts() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: readAllAlerts, onSuccess: () => queryClient.invalidateQueries({ queryKey: alertsKey }) });
}
