import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Persona, PersonaInput } from '@/lib/api/types';
import { personasQueryKey } from './get-personas';

export function updatePersona(id: string, body: PersonaInput): Promise<Persona> {
  return unwrap(api.PUT('/api/v1/personas/{id}', { params: { path: { id } }, body }));
}

export function useUpdatePersona(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PersonaInput }) => updatePersona(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personasQueryKey(brandId) }),
  });
}
