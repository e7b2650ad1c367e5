import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { membersQueryKey } from './get-members';

export async function removeMember({ orgId, userId }: { orgId: string; userId: string }): Promise<void> {
  await unwrap(api.DELETE('/api/v1/organizations/{id}/members/{user_id}', { params: { path: { id: orgId, user_id: userId } } }));
}

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersQueryKey }),
  });
}
