import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { personasQueryKey } from './get-personas';

export function deletePersona(id: string): Promise<void> {
  return unwrap(api.DELETE('/api/v1/personas/{id}', { params: { path: { id } } }));
}

export function useDeletePersona(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deletePersona,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personasQueryKey(brandId) }),
  });
}
