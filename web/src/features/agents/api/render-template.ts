import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { RenderRequest, RenderResult } from '@/lib/api/types';

/** The sections joined (blank ones left out, defaults filled in) and checked against the brand. */
export function renderTemplate(id: string, body: RenderRequest): Promise<RenderResult> {
  return unwrap(api.POST('/api/v1/writing-templates/{id}/render', { params: { path: { id } }, body }));
}

export function useRenderTemplate() {
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: RenderRequest }) => renderTemplate(id, body) });
}
