import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ChangePasswordRequest } from '@/lib/api/types';

export async function changePassword(body: ChangePasswordRequest): Promise<void> {
  await unwrap(api.POST('/api/v1/auth/password/change', { body }));
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
