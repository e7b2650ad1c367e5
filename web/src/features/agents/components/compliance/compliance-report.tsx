import { CircleCheck } from 'lucide-react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { HighlightedText, type HighlightSeverity } from '@/components/ui/highlighted-text';
import type { ComplianceFinding, ComplianceResult } from '@/lib/api/types';
import { byteOffsetsToIndices } from '@/lib/text-spans';
import { readabilityFigures } from '@/features/agents/lib/readability';
import { Score } from '../shared/score';

const SEVERITY: Record<string, { label: string; tone: BadgeTone; rank: number }> = {
  error: { label: 'Error', tone: 'danger', rank: 0 },
  warning: { label: 'Warning', tone: 'warning', rank: 1 },
  info: { label: 'Note', tone: 'primary', rank: 2 },
};

function severityOf(s: string): HighlightSeverity {
  return s === 'error' || s === 'warning' ? s : 'info';
}

/** "guaranteed" out of the text a finding points at (byte offsets), or null for whole-text findings. */
export function excerpt(text: string, f: Pick<ComplianceFinding, 'start' | 'end'>): string | null {
  if (f.end <= f.start) return null;
  const [from, to] = byteOffsetsToIndices(text, [f.start, f.end]);
  const s = text.slice(from, to).trim();
  return s ? s : null;
}

function shorten(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : s;
}

/** A check's score, the text with its findings underlined, the findings with their fixes, and readability figures. */
export function ComplianceReport({ text, result, showText = true }: { text: string; result: ComplianceResult; showText?: boolean }) {
  const findings = [...result.findings].sort((a, b) => (SEVERITY[a.severity]?.rank ?? 3) - (SEVERITY[b.severity]?.rank ?? 3) || a.start - b.start);
  const figures = readabilityFigures(result.readability);
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <div className="flex flex-col gap-5" data-testid="compliance-report">
      <div className="flex items-center gap-4">
        <Score score={result.score} size="lg" />
        <div>
          <p className="font-heading text-lg font-semibold text-ink">
            {result.score === 100 ? 'On brand' : result.score >= 85 ? 'Nearly there' : result.score >= 60 ? 'Needs a few changes' : 'Needs work'}
          </p>
          <p className="text-sm text-muted">
            {findings.length === 0 ? 'No rule is broken.' : `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}${errors ? `, ${errors} to fix before publishing` : ''}.`}
          </p>
        </div>
      </div>
      {showText && text && (
        <div className="rounded-[var(--radius-button)] border border-line bg-white p-4 text-sm leading-relaxed text-ink">
          <HighlightedText text={text} highlights={findings.map((f) => ({ start: f.start, end: f.end, severity: severityOf(f.severity), message: f.message, suggestion: f.suggestion }))} />
        </div>
      )}
      {findings.length === 0 ? (
        <p className="flex items-center gap-2 text-sm text-success-ink">
          <CircleCheck className="size-4" aria-hidden="true" />
          Nothing to fix: no banned terms, risky claims or missing disclosures found.
        </p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Findings">
          {findings.map((f, i) => {
            const sev = SEVERITY[f.severity] ?? { label: f.severity, tone: 'neutral' as BadgeTone };
            const quote = excerpt(text, f);
            return (
              <li key={i} className="flex flex-col gap-1 rounded-[var(--radius-button)] border border-line p-3" data-rule={f.rule}>
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={sev.tone}>{sev.label}</Badge>
                  {quote && <span className="rounded bg-mist px-1.5 font-mono text-xs text-ink">“{shorten(quote, 60)}”</span>}
                  <span className="ml-auto text-xs text-muted">{f.rule.replace(/[_.]/g, ' ')}</span>
                </div>
                <p className="text-sm text-ink">{f.message}</p>
                {f.suggestion && (
                  <p className="text-sm text-slate">
                    <span className="font-medium text-success-ink">Try: </span>
                    {f.suggestion}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {figures.length > 0 && (
        <section aria-labelledby="readability-heading">
          <h3 id="readability-heading" className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">
            Readability
          </h3>
          <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3">
            {figures.map((f) => (
              <div key={f.key} className="rounded-[var(--radius-button)] bg-mist px-3 py-2" title={f.hint}>
                <dt className="text-xs text-muted">{f.label}</dt>
                <dd className="font-semibold text-ink tabular-nums">{f.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}
