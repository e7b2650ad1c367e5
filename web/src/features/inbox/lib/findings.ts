/**
 * Compliance findings and platform violations, mapped onto the draft fields they name. Offsets
 * are UTF-8 byte offsets as the API reports them; HighlightedText converts them.
 */
import type { Highlight, HighlightSeverity } from '@/components/ui/highlighted-text';
import type { FieldFinding, RuleViolation } from '@/lib/api/types';
import { byteOffsetsToIndices } from '@/lib/text-spans';

function severity(s: string): HighlightSeverity {
  return s === 'error' || s === 'warning' ? s : 'info';
}

/** The findings placed in `field` (e.g. `text`, `headlines[3]`), as highlights. */
export function highlightsFor(findings: readonly FieldFinding[], field: string): Highlight[] {
  return findings
    .filter((f) => f.field === field && f.end > f.start)
    .map((f) => ({ start: f.start, end: f.end, severity: severity(f.severity), message: f.message, suggestion: f.suggestion }));
}

/** Findings about the draft as a whole (no field), listed apart from the text. */
export function wholeDraftFindings(findings: readonly FieldFinding[]): FieldFinding[] {
  return findings.filter((f) => f.field == null || f.field === '');
}

/** Platform violations inside one published part of a social post, as highlights on that part. */
export function violationHighlights(violations: readonly RuleViolation[], field: string, part = 0): Highlight[] {
  return violations
    .filter((v) => v.field === field && v.part === part && v.end > v.start)
    .map((v) => ({ start: v.start, end: v.end, severity: v.blocking ? 'error' : 'warning', message: v.message }));
}

export function blockingViolations(violations: readonly RuleViolation[]): RuleViolation[] {
  return violations.filter((v) => v.blocking);
}

/** The words a finding points at, cut from the field text by byte offsets (empty when it names none). */
export function excerpt(text: string, start: number, end: number): string {
  if (end <= start) return '';
  const [from, to] = byteOffsetsToIndices(text, [start, end]);
  return text.slice(from, to);
}

const FIELD_LABELS: Record<string, string> = {
  text: 'Post text',
  primary_text: 'Primary text',
  headline: 'Headline',
  description: 'Description',
  intro: 'Introductory text',
  subject: 'Subject',
  preheader: 'Preheader',
  body_text: 'Body',
  body_html: 'Body (HTML)',
  seo_title: 'SEO title',
  meta_description: 'Meta description',
  slug: 'Slug',
  body_markdown: 'Article',
  path1: 'Path 1',
  path2: 'Path 2',
  cta_label: 'Button label',
  hashtags: 'Hashtags',
  outline: 'Outline',
};

const INDEXED: Record<string, (n: number) => string> = {
  headlines: (n) => `Headline ${n}`,
  descriptions: (n) => `Description ${n}`,
  hashtags: (n) => `Hashtag ${n}`,
  parts: (n) => `Post ${n} of the thread`,
  subject_variants: (n) => `Subject variant ${n}`,
};

/** A person's name for a draft field: `headlines[3]` reads "Headline 4". */
export function fieldLabel(field: string | null | undefined): string {
  if (!field) return 'Whole draft';
  const m = /^([a-z_]+)\[(\d+)\]$/.exec(field);
  if (m && INDEXED[m[1]]) return INDEXED[m[1]](Number(m[2]) + 1);
  return FIELD_LABELS[field] ?? field.replace(/_/g, ' ');
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

export function bySeverity<T extends { severity: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3));
}

/** Error-level findings: what must be fixed, or approved over with a reason. */
export function errorFindings(findings: readonly FieldFinding[]): FieldFinding[] {
  return findings.filter((f) => f.severity === 'error');
}

export type FieldGroup = { field: string | null; findings: FieldFinding[]; errors: number; warnings: number };

/**
 * Findings grouped by the field they name, fields in `order` first (the draft's own order), then any
 * other field as first named, the whole draft last; inside a group, errors first.
 */
export function groupByField(findings: readonly FieldFinding[], order: readonly string[] = []): FieldGroup[] {
  const groups = new Map<string | null, FieldFinding[]>();
  for (const f of findings) {
    const key = f.field ? f.field : null;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const rank = (k: string | null) => (k === null ? Number.MAX_SAFE_INTEGER : order.includes(k) ? order.indexOf(k) : order.length);
  return [...groups.entries()]
    .map(([field, fs], i) => ({ field, i, findings: bySeverity(fs) }))
    .sort((a, b) => rank(a.field) - rank(b.field) || a.i - b.i)
    .map(({ field, findings: fs }) => ({
      field,
      findings: fs,
      errors: fs.filter((f) => f.severity === 'error').length,
      warnings: fs.filter((f) => f.severity === 'warning').length,
    }));
}

/**
 * Whether a finding's field belongs to the control of `field`: the field itself, an item of a list
 * edited in one control (`hashtags[2]` under "hashtags"), or a published part of the post text.
 */
export function belongsTo(findingField: string | null | undefined, field: string): boolean {
  if (!findingField) return false;
  if (findingField === field) return true;
  if (findingField.startsWith(`${field}[`)) return true;
  return field === 'text' && findingField.startsWith('parts[');
}
