import { CircleAlert, Info, TriangleAlert, Wand2 } from 'lucide-react';
import { HighlightedText } from '@/components/ui/highlighted-text';
import type { Draft, FieldFinding, Review } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { textFields } from '../lib/draft-fields';
import { blockingViolations, bySeverity, excerpt, fieldLabel, highlightsFor } from '../lib/findings';

const ICON = { error: CircleAlert, warning: TriangleAlert, info: Info } as const;
const TONE = { error: 'text-danger', warning: 'text-warning-ink', info: 'text-primary' } as const;

function sev(s: string): keyof typeof ICON {
  return s === 'error' || s === 'warning' ? s : 'info';
}

export function readingLevel(grade: number): string {
  if (grade <= 6) return 'easy to read';
  if (grade <= 9) return 'plain English';
  if (grade <= 12) return 'fairly hard';
  return 'hard to read';
}

function FindingItem({ f, fieldText }: { f: FieldFinding; fieldText: string | undefined }) {
  const s = sev(f.severity);
  const Icon = ICON[s];
  const quote = fieldText !== undefined ? excerpt(fieldText, f.start, f.end) : '';
  return (
    <li className="flex gap-2.5 py-2.5 text-sm">
      <Icon className={cn('mt-0.5 size-4 shrink-0', TONE[s])} aria-hidden="true" />
      <div className="min-w-0">
        <p className="text-ink">
          <span className="sr-only">{s}: </span>
          {f.message}
        </p>
        <p className="text-xs text-muted">
          {fieldLabel(f.field)}
          {quote && (
            <>
              {': '}
              <q className="text-slate">{quote}</q>
            </>
          )}
        </p>
        {f.suggestion && <p className="mt-1 text-xs text-slate">Try: {f.suggestion}</p>}
      </div>
    </li>
  );
}

/**
 * What the checks found in one variant: platform rules it breaks (blocking ones first), brand
 * compliance findings by field, what the formatter changed and the reading grade. Fields the
 * preview does not show as written are repeated here with their findings marked.
 */
export function ChecksPanel({ draft, review, shownInPlace, live = false }: { draft: Draft; review: Review; shownInPlace: Set<string>; live?: boolean }) {
  const fields = textFields(draft);
  const text = new Map(fields.map((f) => [f.field, f.text]));
  const blocking = blockingViolations(review.violations);
  const advisory = review.violations.filter((v) => !v.blocking);
  const findings = bySeverity(review.findings);
  const marked = fields.filter((f) => !shownInPlace.has(f.field) && highlightsFor(review.findings, f.field).length > 0);
  return (
    <div className="flex flex-col gap-4" aria-live={live ? 'polite' : undefined}>
      {blocking.length > 0 && (
        <div role="alert" className="rounded-[var(--radius-button)] border border-danger/30 bg-danger-soft px-3 py-2.5 text-sm text-danger">
          <p className="font-semibold">Breaks {blocking.length === 1 ? 'a platform rule' : `${blocking.length} platform rules`}: edit it before it can be approved</p>
          <ul className="mt-1 list-disc pl-5">
            {blocking.map((v, i) => (
              <li key={i}>
                {fieldLabel(v.field)}
                {v.part > 0 || review.parts.length > 1 ? ` (post ${v.part + 1})` : ''}: {v.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {advisory.length > 0 && (
        <div className="rounded-[var(--radius-button)] border border-warning-ink/25 bg-warning-soft px-3 py-2.5 text-sm text-warning-ink">
          <p className="font-semibold">Platform recommendations</p>
          <ul className="mt-1 list-disc pl-5">
            {advisory.map((v, i) => (
              <li key={i}>
                {fieldLabel(v.field)}: {v.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <section aria-label="Brand findings">
        <h4 className="text-xs font-semibold tracking-wide text-muted uppercase">
          Brand findings {findings.length > 0 && <span className="text-slate">({findings.length})</span>}
        </h4>
        {findings.length === 0 ? (
          <p className="mt-1 text-sm text-success-ink">No findings: on brand and compliant.</p>
        ) : (
          <ul aria-label="Findings" className="divide-y divide-line">
            {findings.map((f, i) => (
              <FindingItem key={i} f={f} fieldText={f.field ? text.get(f.field) : undefined} />
            ))}
          </ul>
        )}
      </section>
      {marked.map((f) => (
        <section key={f.field} aria-label={`${fieldLabel(f.field)} with findings marked`}>
          <h4 className="text-xs font-semibold tracking-wide text-muted uppercase">{fieldLabel(f.field)}, as checked</h4>
          <div className="mt-1 max-h-64 overflow-y-auto rounded-[var(--radius-button)] border border-line bg-mist/50 px-3 py-2 text-sm leading-relaxed text-ink" tabIndex={0}>
            <HighlightedText text={f.text} highlights={highlightsFor(review.findings, f.field)} />
          </div>
        </section>
      ))}
      {review.changes.length > 0 && (
        <section aria-label="What the formatter changed">
          <h4 className="flex items-center gap-1.5 text-xs font-semibold tracking-wide text-muted uppercase">
            <Wand2 className="size-3.5" aria-hidden="true" /> Fitted to the platform
          </h4>
          <ul className="mt-1 list-disc pl-5 text-sm text-slate">
            {review.changes.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="text-xs text-muted">
        Reading grade {review.reading_grade.toFixed(1)} · {readingLevel(review.reading_grade)}
      </p>
    </div>
  );
}
