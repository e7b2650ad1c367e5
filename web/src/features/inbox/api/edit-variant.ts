import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Draft, Variant } from '@/lib/api/types';
import { useSettle } from './decisions';

export function editVariant({ id, position, draft }: { id: string; position: number; draft: Draft }): Promise<Variant> {
  return unwrap(api.PUT('/api/v1/inbox/{id}/variants/{position}', { params: { path: { id, position } }, body: { draft } }));
}

export function useEditVariant() {
  const settle = useSettle();
  // The answer is one variant; the item (scores, activity) is read again through the invalidation.
  return useMutation({ mutationFn: editVariant, onSuccess: () => settle() });
}
