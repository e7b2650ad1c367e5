import { useMutation } from '@tanstack/react-query';
import { authFetch } from '@/lib/api/client';
import { toProblemError } from '@/lib/api/problem';

export type AuditExportFormat = 'csv' | 'pdf';

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

/** Downloads a finished crawl's audit. The API needs the bearer token, so a plain link would not do. */
export async function exportAudit({ crawlId, format }: { crawlId: string; format: AuditExportFormat }): Promise<string> {
  const res = await authFetch(new Request(`${window.location.origin}/api/v1/crawls/${encodeURIComponent(crawlId)}/export?format=${format}`));
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => undefined);
    throw toProblemError(res.status, body, res.headers);
  }
  const filename = filenameFrom(res.headers.get('content-disposition'), `site-audit.${format}`);
  saveBlob(await res.blob(), filename);
  return filename;
}

export function useExportAudit() {
  return useMutation({ mutationFn: exportAudit });
}
