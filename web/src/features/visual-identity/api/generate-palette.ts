import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { GeneratedPalette, GenerateRequest } from '@/lib/api/types';

export function generatePalette(body: GenerateRequest): Promise<GeneratedPalette> {
  return unwrap(api.POST('/api/v1/palettes/generate', { body }));
}

export function useGeneratePalette() {
  return useMutation({ mutationFn: generatePalette });
}
