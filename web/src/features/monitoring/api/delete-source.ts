import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { monitoringKey } from './keys';

/** Removes the source with its items and mentions. */
export async function deleteSource(id: string): Promise<void> {
  await unwrap(api.DELETE('/api/v1/monitoring/sources/{id}', { params: { path: { id } } }));
}

export function useDeleteSource() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteSource, onSuccess: () => queryClient.invalidateQueries({ queryKey: monitoringKey }) });
}
