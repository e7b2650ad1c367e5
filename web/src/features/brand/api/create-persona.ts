import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Persona, PersonaInput } from '@/lib/api/types';
import { personasQueryKey } from './get-personas';

export function createPersona(brandId: string, body: PersonaInput): Promise<Persona> {
  return unwrap(api.POST('/api/v1/brands/{id}/personas', { params: { path: { id: brandId } }, body }));
}

export function useCreatePersona(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonaInput) => createPersona(brandId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personasQueryKey(brandId) }),
  });
}
