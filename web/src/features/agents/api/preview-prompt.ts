import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { BriefInput, PromptPreview } from '@/lib/api/types';

/** The exact prompt the agents would send for the brief's first item, with the prompt version. */
export function previewPrompt(body: BriefInput): Promise<PromptPreview> {
  return unwrap(api.POST('/api/v1/agents/prompt-preview', { body }));
}

export function usePreviewPrompt() {
  return useMutation({ mutationFn: previewPrompt });
}
