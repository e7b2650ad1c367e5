import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { MonitoringSource, MonitoringSourceInput } from '@/lib/api/types';
import { sourcesKey } from './keys';

export function createSource(input: MonitoringSourceInput): Promise<MonitoringSource> {
  return unwrap(api.POST('/api/v1/monitoring/sources', { body: input }));
}

export function useCreateSource() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createSource, onSuccess: () => queryClient.invalidateQueries({ queryKey: sourcesKey }) });
}
