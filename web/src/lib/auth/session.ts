import type { QueryClient } from '@tanstack/react-query';
import type { TokenResponse } from '@/lib/api/types';
import { tokenStore } from './token-store';

/** Store a fresh token pair (sign-in, sign-up, invitation, organization switch) and forget cached data. */
export function startSession(tokens: Pick<TokenResponse, 'access_token' | 'refresh_token'>, queryClient: QueryClient) {
  queryClient.clear();
  tokenStore.set({ accessToken: tokens.access_token, refreshToken: tokens.refresh_token });
}

export function endSession(queryClient: QueryClient) {
  tokenStore.clear();
  queryClient.clear();
}
