import { authFetch } from '@/lib/api/client';
import { toProblemError } from '@/lib/api/problem';

/** The file name the server chose, from `Content-Disposition: attachment; filename="..."`. */
export function filenameFrom(disposition: string | null, fallback: string): string {
  const match = disposition?.match(/filename="([^"]+)"/);
  return match?.[1] ?? fallback;
}

/** Hands `blob` to the browser as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string) {
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

/**
 * Downloads the file at `path` (an API path with its query, on this origin) and saves it under the
 * name the server chose, else `fallbackName`; returns the name. The API needs the bearer token, so a
 * plain link would not do. Throws a ProblemError when the server refuses.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<string> {
  const res = await authFetch(new Request(`${window.location.origin}${path}`));
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => undefined);
    throw toProblemError(res.status, body, res.headers);
  }
  const filename = filenameFrom(res.headers.get('content-disposition'), fallbackName);
  saveBlob(await res.blob(), filename);
  return filename;
}
