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
};

/** A person's name for a draft field: `headlines[3]` reads "Headline 4". */
export function fieldLabel(field: string | null | undefined): string {
  if (!field) return 'Whole draft';
  const m = /^(headlines|descriptions)\[(\d+)\]$/.exec(field);
  if (m) return `${m[1] === 'headlines' ? 'Headline' : 'Description'} ${Number(m[2]) + 1}`;
  return FIELD_LABELS[field] ?? field.replace(/_/g, ' ');
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1, info: 2 };

export function bySeverity<T extends { severity: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3));
}
