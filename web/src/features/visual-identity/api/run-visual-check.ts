import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { VisualCheckReport } from '@/lib/api/types';

export type CheckInput = { file: File } | { html: string } | { assetId: string };

/** The body of a check: the file as multipart, or JSON with the HTML or the asset. */
export function checkBody(input: CheckInput): { body: never } {
  if ('file' in input) {
    const form = new FormData();
    form.append('file', input.file);
    // openapi-fetch sends FormData as is, and the browser sets the multipart boundary.
    return { body: form as unknown as never };
  }
  return { body: ('html' in input ? { html: input.html } : { asset_id: input.assetId }) as never };
}

export function runVisualCheck({ brandId, input }: { brandId: string; input: CheckInput }): Promise<VisualCheckReport> {
  return unwrap(api.POST('/api/v1/brands/{id}/checks/visual', { params: { path: { id: brandId } }, ...checkBody(input) }));
}

export function useVisualCheck() {
  return useMutation({ mutationFn: runVisualCheck });
}
