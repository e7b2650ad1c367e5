import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { TotpEnrollment } from '@/lib/api/types';

export function enrollTotp(): Promise<TotpEnrollment> {
  return unwrap(api.POST('/api/v1/auth/2fa/enroll'));
}

export function useEnrollTotp() {
  return useMutation({ mutationFn: enrollTotp });
}
