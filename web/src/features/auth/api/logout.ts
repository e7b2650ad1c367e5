import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { endSession } from '@/lib/auth/session';

export async function logout(): Promise<void> {
  await unwrap(api.POST('/api/v1/auth/logout'));
}

/** Ends the server session, then forgets the tokens whatever the server said (an expired session is still gone). */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => logout().catch(() => undefined),
    onSettled: () => endSession(queryClient),
  });
}
