import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { brandsQueryKey } from './get-brands';

export function deleteBrand(id: string): Promise<void> {
  return unwrap(api.DELETE('/api/v1/brands/{id}', { params: { path: { id } } }));
}

export function useDeleteBrand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteBrand,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: brandsQueryKey }),
  });
}
