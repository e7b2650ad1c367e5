import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Brand } from '@/lib/api/types';

export function createBrand(name: string): Promise<Brand> {
  return unwrap(api.POST('/api/v1/brands', { body: { name } }));
}

export function useCreateBrand() {
  return useMutation({ mutationFn: createBrand });
}
