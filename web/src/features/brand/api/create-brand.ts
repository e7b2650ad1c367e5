import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Brand, CreateBrandRequest } from '@/lib/api/types';
import { brandsQueryKey } from './get-brands';
import { brandQueryKey } from './get-brand';

export function createBrand(body: CreateBrandRequest): Promise<Brand> {
  return unwrap(api.POST('/api/v1/brands', { body }));
}

export function useCreateBrand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBrand,
    onSuccess: (brand) => {
      queryClient.setQueryData(brandQueryKey(brand.id), brand);
      return queryClient.invalidateQueries({ queryKey: brandsQueryKey });
    },
  });
}
