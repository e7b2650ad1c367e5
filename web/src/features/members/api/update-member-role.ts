import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Member, Role } from '@/lib/api/types';
import { membersQueryKey } from './get-members';

export function updateMemberRole({ userId, role }: { userId: string; role: Role }): Promise<Member> {
  return unwrap(api.PUT('/api/v1/users/{id}/roles', { params: { path: { id: userId } }, body: { role } }));
}

export function useUpdateMemberRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMemberRole,
    onSettled: () => queryClient.invalidateQueries({ queryKey: membersQueryKey }),
  });
}
