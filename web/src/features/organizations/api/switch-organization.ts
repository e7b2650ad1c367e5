import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { TokenResponse } from '@/lib/api/types';
import { tokenStore } from '@/lib/auth/token-store';

export function switchOrganization(id: string): Promise<TokenResponse> {
  return unwrap(api.POST('/api/v1/auth/switch-organization/{id}', { params: { path: { id } } }));
}

/** Switch, store the tokens scoped to the new organization and refetch everything. */
export function useSwitchOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: switchOrganization,
    onSuccess: async (tokens) => {
      tokenStore.set({ accessToken: tokens.access_token, refreshToken: tokens.refresh_token });
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' || q.queryKey[1] !== 'me' });
      await queryClient.invalidateQueries();
    },
  });
}
