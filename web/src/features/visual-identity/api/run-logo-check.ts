import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { LogoCheckReport } from '@/lib/api/types';
import { checkBody, type CheckInput } from './run-visual-check';

export function runLogoCheck({ brandId, input }: { brandId: string; input: Exclude<CheckInput, { html: string }> }): Promise<LogoCheckReport> {
  return unwrap(api.POST('/api/v1/brands/{id}/checks/logo', { params: { path: { id: brandId } }, ...checkBody(input) }));
}

export function useLogoCheck() {
  return useMutation({ mutationFn: runLogoCheck });
}
