import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

export type GeneratePaletteBody = paths['/api/v1/palettes/generate']['post']['requestBody']['content']['application/json'];

export function generatePalette(body: GeneratePaletteBody) {
  return unwrap(api.POST('/api/v1/palettes/generate', { body }));
}

export function useGeneratePalette() {
  return useMutation({ mutationFn: generatePalette });
}
