import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { FormatRequest, FormatResult } from '@/lib/api/types';

/** The text fitted to a social platform (a numbered thread where it supports threads) and what still breaks a rule. */
export function formatText(body: FormatRequest): Promise<FormatResult> {
  return unwrap(api.POST('/api/v1/platform-rules/format', { body }));
}

export function useFormatText() {
  return useMutation({ mutationFn: formatText });
}
