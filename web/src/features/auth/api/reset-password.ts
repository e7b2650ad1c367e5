import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ResetPasswordRequest } from '@/lib/api/types';

export async function resetPassword(body: ResetPasswordRequest): Promise<void> {
  await unwrap(api.POST('/api/v1/auth/password/reset', { body }));
}

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
