import { useMutation } from '@tanstack/react-query';
import { authFetch } from '@/lib/api/client';
import { toProblemError } from '@/lib/api/problem';
import type { ExportFormat, KitSource } from '@/lib/api/types';

/** The file name the server chose, from `Content-Disposition: attachment; filename="..."`. */
export function filenameFrom(disposition: string | null, fallback: string): string {
  const match = disposition?.match(/filename="([^"]+)"/);
  return match?.[1] ?? fallback;
}

function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the object URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads an export of a brand's kit. The API needs the bearer token, so a plain link would not do. */
export async function exportBrandKit({ brandId, format, source }: { brandId: string; format: ExportFormat; source: KitSource }): Promise<string> {
  const params = new URLSearchParams({ format, source });
  const res = await authFetch(new Request(`${window.location.origin}/api/v1/brands/${encodeURIComponent(brandId)}/export?${params}`));
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => undefined);
    throw toProblemError(res.status, body, res.headers);
  }
  const filename = filenameFrom(res.headers.get('content-disposition'), `brand-kit.${format}`);
  saveBlob(await res.blob(), filename);
  return filename;
}

export function useExportBrandKit() {
  return useMutation({ mutationFn: exportBrandKit });
}

/** A shared kit's export needs no token: a plain download link works. */
export function publicExportHref(token: string, format: ExportFormat): string {
  return `/api/v1/public/brand-kits/${encodeURIComponent(token)}/export?format=${format}`;
}
