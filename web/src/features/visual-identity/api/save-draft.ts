import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Brand, BrandProfile } from '@/lib/api/types';
import { brandQueryKey } from './get-brand';

export function saveDraft(id: string, draft: BrandProfile): Promise<Brand> {
  return unwrap(api.PUT('/api/v1/brands/{id}/draft', { params: { path: { id } }, body: draft }));
}

export function useSaveDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: BrandProfile) => saveDraft(id, draft),
    onSuccess: (brand) => {
      queryClient.setQueryData(brandQueryKey(id), brand);
      return queryClient.invalidateQueries({ queryKey: ['brands', 'list'] });
    },
  });
}
