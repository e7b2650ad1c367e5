export { fieldErrorMap, fieldId, findField, type FieldErrorMap } from '@/lib/brand-draft';

/** A profile path in words for an error summary: `voice.banned_terms[1].term` → "Voice › Banned terms › 2 › Term". */
export function pathLabel(path: string): string {
  return path
    .split(/\.|(?=\[)/)
    .filter(Boolean)
    .map((part) => {
      const index = /^\[(\d+)\]$/.exec(part);
      if (index) return String(Number(index[1]) + 1);
      const words = part.replace(/_/g, ' ');
      return words.charAt(0).toUpperCase() + words.slice(1);
    })
    .join(' › ');
}
