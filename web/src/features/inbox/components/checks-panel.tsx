import { CircleAlert, Info, TriangleAlert, Wand2 } from 'lucide-react';
import { useId } from 'react';
import { HighlightedText } from '@/components/ui/highlighted-text';
import type { Draft, FieldFinding, Review } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { textFields } from '../lib/draft-fields';
import { blockingViolations, excerpt, fieldLabel, groupByField, highlightsFor, type FieldGroup } from '../lib/findings';

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

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;
const CHIP = { error: 'bg-danger-soft text-danger', warning: 'bg-warning-soft text-warning-ink', info: 'bg-primary-soft text-primary-hover' } as const;

function FindingItem({ f, fieldText }: { f: FieldFinding; fieldText: string | undefined }) {
  const s = sev(f.severity);
  const Icon = ICON[s];
  const quote = fieldText !== undefined ? excerpt(fieldText, f.start, f.end) : '';
  return (
    <li className={cn('flex gap-2.5 py-2 text-sm', s === 'error' && '-mx-2 rounded-[var(--radius-button)] border-l-4 border-danger bg-danger-soft/60 px-2')} data-severity={s}>
      <Icon className={cn('mt-0.5 size-4 shrink-0', TONE[s])} aria-hidden="true" />
      <div className="min-w-0 break-words">
        <p className="text-ink">
          <span className={cn('mr-1.5 inline-block rounded px-1.5 text-[11px] leading-5 font-semibold uppercase', CHIP[s])}>{SEVERITY_WORD[s]}</span>
          {f.message}
        </p>
        {quote && (
          <p className="text-xs text-muted">
            <q className="text-slate">{quote}</q>
          </p>
        )}
        {f.suggestion && <p className="mt-1 text-xs text-slate">Try: {f.suggestion}</p>}
      </div>
    </li>
  );
}

function GroupHeading({ group, id }: { group: FieldGroup; id: string }) {
  return (
    <p id={id} className="flex flex-wrap items-center gap-x-2 gap-y-1 pt-2.5 text-xs font-semibold text-slate">
      <span>{fieldLabel(group.field)}</span>
      {group.errors > 0 && (
        <span className="inline-flex items-center gap-1 rounded-full bg-danger px-2 py-px text-[11px] font-semibold text-white">
          <CircleAlert className="size-3" aria-hidden="true" />
          {group.errors === 1 ? '1 error' : `${group.errors} errors`}
        </span>
      )}
      {group.warnings > 0 && <span className="font-normal text-warning-ink">{group.warnings === 1 ? '1 warning' : `${group.warnings} warnings`}</span>}
    </p>
  );
}

/**
 * What the checks found in one variant: platform rules it breaks (blocking ones first), brand
 * compliance findings by field, what the formatter changed and the reading grade. Fields the
 * preview does not show as written are repeated here with their findings marked.
 */
export function ChecksPanel({ draft, review, shownInPlace, live = false }: { draft: Draft; review: Review; shownInPlace: Set<string>; live?: boolean }) {
  const fields = textFields(draft);
  const text = new Map([...fields.map((f) => [f.field, f.text] as const), ...review.parts.map((p, i) => [`parts[${i}]`, p] as const)]);
  const blocking = blockingViolations(review.violations);
  const advisory = review.violations.filter((v) => !v.blocking);
  const uid = useId();
  const groups = groupByField(review.findings, fields.map((f) => f.field));
  const total = review.findings.length;
  const errors = groups.reduce((n, g) => n + g.errors, 0);
  // Long fields the preview does not show as written are repeated with their findings marked; short ones are quoted.
  const marked = fields.filter((f) => !shownInPlace.has(f.field) && f.text.length > 80 && highlightsFor(review.findings, f.field).length > 0);
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
        <h4 className="flex flex-wrap items-center gap-x-2 text-xs font-semibold tracking-wide text-muted uppercase">
          Brand findings {total > 0 && <span className="text-slate">({total})</span>}
          {errors > 0 && <span className="tracking-normal text-danger normal-case">{errors === 1 ? '1 error to fix or approve over' : `${errors} errors to fix or approve over`}</span>}
        </h4>
        {total === 0 ? (
          <p className="mt-1 text-sm text-success-ink">No findings: on brand and compliant.</p>
        ) : (
          <ul aria-label="Findings" className="divide-y divide-line">
            {groups.map((g) => (
              <li key={g.field ?? ''} data-field={g.field ?? ''} data-testid="finding-group">
                <GroupHeading group={g} id={`${uid}-${g.field ?? 'draft'}`} />
                <ul aria-labelledby={`${uid}-${g.field ?? 'draft'}`}>
                  {g.findings.map((f, i) => (
                    <FindingItem key={i} f={f} fieldText={f.field ? text.get(f.field) : undefined} />
                  ))}
                </ul>
              </li>
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
