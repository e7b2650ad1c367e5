import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RecoveryCodes } from '@/lib/api/types';
import { meQueryKey } from '@/lib/auth/me';

export function verifyTotp(code: string): Promise<RecoveryCodes> {
  return unwrap(api.POST('/api/v1/auth/2fa/verify', { body: { code } }));
}

export function useVerifyTotp() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: verifyTotp, onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }) });
}
