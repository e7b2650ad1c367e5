import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { brandQueryKey } from './get-brand';

export function publishBrand({ id, message }: { id: string; message: string }) {
  return unwrap(api.POST('/api/v1/brands/{id}/publish', { params: { path: { id } }, body: { message } }));
}

export function usePublishBrand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishBrand,
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: brandQueryKey(id) }),
  });
}
