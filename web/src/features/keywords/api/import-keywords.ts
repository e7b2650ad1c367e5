import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authFetch } from '@/lib/api/client';
import { toProblemError } from '@/lib/api/problem';
import type { ImportResult } from '@/lib/api/types';
import { keywordsKey } from './keys';

/**
 * Sends a keyword tool's CSV export as the raw body. The server recognises the tool from the header
 * row and answers 422 `keywords.import_invalid` naming the line at fault, 413 above 10 MB.
 */
export async function importKeywords(file: Blob): Promise<ImportResult> {
  const res = await authFetch(
    new Request(`${window.location.origin}/api/v1/keywords/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv', Accept: 'application/json' },
      // Bytes as they are: Keyword Planner exports are UTF-16, which the server decodes itself.
      body: await file.arrayBuffer(),
    }),
  );
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw toProblemError(res.status, body, res.headers);
  return body as ImportResult;
}

export function useImportKeywords() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importKeywords,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keywordsKey }),
  });
}
