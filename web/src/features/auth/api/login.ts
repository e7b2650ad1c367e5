import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { LoginRequest, TokenResponse } from '@/lib/api/types';

export function login(body: LoginRequest): Promise<TokenResponse> {
  return unwrap(api.POST('/api/v1/auth/login', { body }));
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
