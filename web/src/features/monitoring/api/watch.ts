import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { WatchInput, WatchSettings } from '@/lib/api/types';
import { watchKey } from './keys';

export function getWatch(): Promise<WatchSettings> {
  return unwrap(api.GET('/api/v1/monitoring/watch'));
}

export function useWatch() {
  return useQuery(queryOptions({ queryKey: watchKey, queryFn: getWatch }));
}

export function saveWatch(input: WatchInput): Promise<WatchSettings> {
  return unwrap(api.PUT('/api/v1/monitoring/watch', { body: input }));
}

export function useSaveWatch() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveWatch, onSuccess: (w) => queryClient.setQueryData(watchKey, w) });
}
