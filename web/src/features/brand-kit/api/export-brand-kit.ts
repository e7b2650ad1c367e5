import { useMutation } from '@tanstack/react-query';
import type { ExportFormat, KitSource } from '@/lib/api/types';
import { downloadFile } from '@/lib/download';

/** Downloads an export of a brand's kit; resolves to the saved file's name. */
export function exportBrandKit({ brandId, format, source }: { brandId: string; format: ExportFormat; source: KitSource }): Promise<string> {
  const params = new URLSearchParams({ format, source });
  return downloadFile(`/api/v1/brands/${encodeURIComponent(brandId)}/export?${params}`, `brand-kit.${format}`);
}

export function useExportBrandKit() {
  return useMutation({ mutationFn: exportBrandKit });
}

/** A shared kit's export needs no token: a plain download link works. */
export function publicExportHref(token: string, format: ExportFormat): string {
  return `/api/v1/public/brand-kits/${encodeURIComponent(token)}/export?format=${format}`;
}
