import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { SignupRequest, TokenResponse } from '@/lib/api/types';

export function signup(body: SignupRequest): Promise<TokenResponse> {
  return unwrap(api.POST('/api/v1/auth/signup', { body }));
}

export function useSignup() {
  return useMutation({ mutationFn: signup });
}
