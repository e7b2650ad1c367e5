import { queryOptions, useQuery } from '@tanstack/react-query';
import { authFetch } from '@/lib/api/client';
import { toProblemError } from '@/lib/api/problem';

/**
 * A logo candidate's image as a blob: URL. The app's CSP loads images from its own origin only,
 * and the preview route needs the bearer token, so it is fetched here rather than by an <img>.
 */
export async function getLogoPreview(captureId: string, index: number): Promise<string> {
  const res = await authFetch(new Request(`${window.location.origin}/api/v1/captures/${captureId}/logo-preview?index=${index}`));
  if (!res.ok) {
    const body = await res.json().catch(() => undefined);
    throw toProblemError(res.status, body, res.headers);
  }
  return URL.createObjectURL(await res.blob());
}

export function logoPreviewQueryOptions(captureId: string, index: number) {
  return queryOptions({
    queryKey: ['captures', 'logo-preview', captureId, index] as const,
    queryFn: () => getLogoPreview(captureId, index),
    staleTime: Infinity,
    retry: false,
  });
}

export function useLogoPreview(captureId: string, index: number, enabled: boolean) {
  return useQuery({ ...logoPreviewQueryOptions(captureId, index), enabled });
}
