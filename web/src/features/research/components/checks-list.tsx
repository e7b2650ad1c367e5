import { ChevronDown, CircleCheck, Wrench } from 'lucide-react';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import type { CheckView } from '@/lib/api/types';
import { formatShare } from '../lib/progress';
import { SeverityBadge } from './severity-badges';

/** The failing checks, highest priority first; each opens to its explanation, fix and affected URLs. */
export function ChecksList({ checks, onShowIssues }: { checks: CheckView[]; onShowIssues: (checkId: string) => void }) {
  return (
    <Card aria-labelledby="checks-title">
      <CardHeader>
        <CardTitle id="checks-title">What to fix first</CardTitle>
        <CardDescription>Ranked by expected impact: severity, share of pages affected and how important those pages are.</CardDescription>
      </CardHeader>
      {checks.length === 0 ? (
        <EmptyState icon={CircleCheck} title="No issues found">
          Every check passed on the pages this crawl reached.
        </EmptyState>
      ) : (
        <ol className="mt-4 divide-y divide-line border-t border-line">
          {checks.map((c) => (
            <li key={c.id} data-testid="check">
              <details className="group">
                <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 px-5 py-3 hover:bg-mist/60 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-electric sm:px-6 [&::-webkit-details-marker]:hidden">
                  <SeverityBadge severity={c.severity} />
                  <span className="min-w-0 flex-1 font-medium text-ink">{c.title}</span>
                  <span className="text-sm text-muted tabular-nums">
                    {c.affected.toLocaleString('en')} {c.affected === 1 ? 'page' : 'pages'} · {formatShare(c.share)}
                  </span>
                  <ChevronDown className="size-4 text-muted transition-transform group-open:rotate-180" aria-hidden="true" />
                </summary>
                <div className="flex flex-col gap-3 px-5 pb-4 text-sm sm:px-6">
                  <p className="text-slate">{c.explanation}</p>
                  <p className="flex gap-2 rounded-[var(--radius-button)] bg-primary-soft px-3 py-2 text-ink">
                    <Wrench className="mt-0.5 size-4 shrink-0 text-primary" aria-hidden="true" />
                    <span>
                      <span className="font-semibold">How to fix: </span>
                      {c.fix}
                    </span>
                  </p>
                  {c.urls.length > 0 && (
                    <div>
                      <p className="mb-1 text-xs font-semibold text-muted uppercase">Affected URLs{c.affected > c.urls.length ? ` (first ${c.urls.length})` : ''}</p>
                      <ul className="flex max-h-48 flex-col gap-1 overflow-y-auto">
                        {c.urls.map((u) => (
                          <li key={u} className="truncate font-mono text-xs text-slate" title={u}>
                            {u}
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                  <div>
                    <button type="button" onClick={() => onShowIssues(c.id)} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
                      Show in the issues table
                    </button>
                  </div>
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
