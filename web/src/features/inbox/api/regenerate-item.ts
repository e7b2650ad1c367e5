import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Run } from '@/lib/api/types';
import { useSettle } from './decisions';

export function regenerateItem({ id, feedback }: { id: string; feedback: string[] }): Promise<Run> {
  return unwrap(api.POST('/api/v1/inbox/{id}/regenerate', { params: { path: { id } }, body: { feedback } }));
}

export function useRegenerateItem() {
  const settle = useSettle();
  return useMutation({ mutationFn: regenerateItem, onSuccess: () => settle() });
}
