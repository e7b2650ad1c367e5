import type { Brand } from '@/lib/api/types';
import { useBrandDraft, type BrandDraft, type FieldErrorMap } from '@/lib/brand-draft';
import { useSaveDraft } from '../api/save-draft';

export { fieldId } from '@/lib/brand-draft';
export type FieldErrors = FieldErrorMap;
export type VisualDraft = BrandDraft;

/**
 * The local copy of a brand's draft that the visual identity page edits. Saving sends the whole
 * profile back with only the visual part (and what a capture fills in) changed.
 */
export function useVisualDraft(brand: Brand): VisualDraft {
  return useBrandDraft(brand, useSaveDraft(brand.id), 'Some fields are not valid: see the messages next to them.');
}
