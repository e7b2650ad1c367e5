import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Brand, BrandProfile } from '@/lib/api/types';
import { brandQueryKey } from './get-brand';

export function saveBrandDraft({ id, profile }: { id: string; profile: BrandProfile }): Promise<Brand> {
  return unwrap(api.PUT('/api/v1/brands/{id}/draft', { params: { path: { id } }, body: profile }));
}

export function useSaveBrandDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveBrandDraft,
    onSuccess: (brand) => queryClient.setQueryData(brandQueryKey(brand.id), brand),
  });
}
