import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RecoveryCodes } from '@/lib/api/types';

export function regenerateRecoveryCodes(code: string): Promise<RecoveryCodes> {
  return unwrap(api.POST('/api/v1/auth/2fa/recovery-codes', { body: { code } }));
}

export function useRegenerateRecoveryCodes() {
  return useMutation({ mutationFn: regenerateRecoveryCodes });
}
