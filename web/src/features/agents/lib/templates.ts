/**
 * Writing templates as the server sends them. The OpenAPI document types the list as plain objects,
 * so each entry is read field by field here and malformed ones are left out.
 */

export type TemplateSection = { key: string; label: string; guidance: string; maxWords: number | null; default: string | null };
export type WritingTemplate = { id: string; name: string; description: string; context: string; sections: TemplateSection[] };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function section(v: unknown): TemplateSection | null {
  if (!isRecord(v) || typeof v.key !== 'string' || !v.key) return null;
  return {
    key: v.key,
    label: str(v.label) || v.key,
    guidance: str(v.guidance),
    maxWords: typeof v.max_words === 'number' && v.max_words > 0 ? v.max_words : null,
    default: typeof v.default === 'string' ? v.default : null,
  };
}

export function parseTemplates(items: unknown): WritingTemplate[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((t) => {
    if (!isRecord(t) || typeof t.id !== 'string' || !t.id || !Array.isArray(t.sections)) return [];
    const sections = t.sections.map(section).filter((s): s is TemplateSection => s !== null);
    return [{ id: t.id, name: str(t.name) || t.id, description: str(t.description), context: str(t.context), sections }];
  });
}

/** Words the way a person counts them: runs of letters or digits, apostrophes and hyphens inside. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
