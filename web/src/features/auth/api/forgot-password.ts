import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ForgotPasswordRequest } from '@/lib/api/types';

export async function forgotPassword(body: ForgotPasswordRequest): Promise<void> {
  await unwrap(api.POST('/api/v1/auth/password/forgot', { body }));
}

export function useForgotPassword() {
  return useMutation({ mutationFn: forgotPassword });
}
