import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { DisableTotpRequest } from '@/lib/api/types';
import { meQueryKey } from '@/lib/auth/me';

export async function disableTotp(body: DisableTotpRequest): Promise<void> {
  await unwrap(api.POST('/api/v1/auth/2fa/disable', { body }));
}

export function useDisableTotp() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: disableTotp, onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }) });
}
