import type { Draft, OutlineSection } from '@/lib/api/types';

export type DraftKind = Draft['kind'];
export type DraftOf<K extends DraftKind> = Extract<Draft, { kind: K }>;

/** Every text field of a draft that the checks look at, named as the API names them. */
export function textFields(draft: Draft): { field: string; text: string }[] {
  switch (draft.kind) {
    case 'social':
      return [{ field: 'text', text: draft.text }, ...(draft.hashtags ?? []).map((t, i) => ({ field: `hashtags[${i}]`, text: t }))];
    case 'google_rsa':
      return [
        ...draft.headlines.map((text, i) => ({ field: `headlines[${i}]`, text })),
        ...draft.descriptions.map((text, i) => ({ field: `descriptions[${i}]`, text })),
        { field: 'path1', text: draft.path1 ?? '' },
        { field: 'path2', text: draft.path2 ?? '' },
      ];
    case 'meta_ad':
      return [
        { field: 'primary_text', text: draft.primary_text },
        { field: 'headline', text: draft.headline },
        { field: 'description', text: draft.description ?? '' },
      ];
    case 'linkedin_sponsored':
      return [
        { field: 'intro', text: draft.intro },
        { field: 'headline', text: draft.headline },
        { field: 'description', text: draft.description ?? '' },
      ];
    case 'email':
      return [
        { field: 'subject', text: draft.subject },
        ...(draft.subject_variants ?? []).map((text, i) => ({ field: `subject_variants[${i}]`, text })),
        { field: 'preheader', text: draft.preheader ?? '' },
        { field: 'cta_label', text: draft.cta_label },
        { field: 'body_text', text: draft.body_text },
        { field: 'body_html', text: draft.body_html },
      ];
    case 'blog':
      return [
        { field: 'seo_title', text: draft.seo_title },
        { field: 'meta_description', text: draft.meta_description },
        { field: 'body_markdown', text: draft.body_markdown },
      ];
  }
}

/** Hashtags as people type them ("#launch, coffee  #espresso") into the stored form (no `#`). */
export function parseHashtags(input: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of input.split(/[\s,]+/)) {
    const tag = raw.replace(/^#+/, '').trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

export function hashtagsText(tags: readonly string[] | undefined): string {
  return (tags ?? []).map((t) => `#${t}`).join(' ');
}

/**
 * A blog outline as editable text: a heading per line, its points below it starting with "-".
 * Points before the first heading open an untitled section so nothing typed is lost.
 */
export function outlineToText(outline: readonly OutlineSection[]): string {
  return outline.map((s) => [s.heading, ...(s.points ?? []).map((p) => `- ${p}`)].join('\n')).join('\n\n');
}

export function textToOutline(text: string): OutlineSection[] {
  const sections: OutlineSection[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const point = /^[-*•]\s*(.*)$/.exec(line);
    if (point) {
      if (sections.length === 0) sections.push({ heading: '', points: [] });
      if (point[1].trim()) sections[sections.length - 1].points?.push(point[1].trim());
    } else {
      sections.push({ heading: line.replace(/^#+\s*/, ''), points: [] });
    }
  }
  return sections;
}

/** Lines of a textarea, trimmed, empty ones dropped. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A list field edited in fixed slots (15 headlines, 4 descriptions): empty slots are not sent. */
export function compact(values: readonly string[]): string[] {
  return values.map((v) => v.trim()).filter(Boolean);
}

/** Pads a list to `n` slots for the editor. */
export function slots(values: readonly string[] | undefined, n: number): string[] {
  const v = [...(values ?? [])];
  while (v.length < n) v.push('');
  return v.slice(0, Math.max(n, v.length));
}
