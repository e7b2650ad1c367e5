import { ArrowRight } from 'lucide-react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/empty-state';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { DiffLine, FieldChange } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { absoluteTime } from '@/lib/format';
import { useChange } from '../api/get-change';
import { diffCounts, diffRows, fieldDelta, fieldName } from '../lib/diff-model';
import { changeKindLabel } from '../lib/significance';
import { ChangeKindBadge, SignificanceBadge } from './significance-badge';

const LINE_TONE = {
  equal: 'text-slate',
  insert: 'bg-success-soft text-success-ink',
  delete: 'bg-danger-soft text-danger line-through decoration-danger/40',
} as const;

/** The page's text, line by line: added lines green, removed ones red, with a sign for those who do not see colour. */
export function DiffView({ lines }: { lines: DiffLine[] }) {
  const rows = diffRows(lines);
  const { added, removed } = diffCounts(lines);
  if (rows.length === 0) return <p className="text-sm text-muted">The page’s text did not change.</p>;
  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="text-sm text-muted">
        Page text: <span className="text-success-ink">{added} added</span>, <span className="text-danger">{removed} removed</span>
      </figcaption>
      <ol className="overflow-x-auto rounded-[var(--radius-button)] border border-line font-mono text-xs" aria-label="Text diff" data-testid="diff">
        {rows.map((r, i) =>
          r.type === 'gap' ? (
            <li key={i} className="bg-mist px-3 py-0.5 text-muted" aria-label="Unchanged lines left out">
              ⋯
            </li>
          ) : (
            <li key={i} className={cn('flex gap-2 px-3 py-0.5 whitespace-pre-wrap', LINE_TONE[r.op])} data-op={r.op}>
              <span aria-hidden="true" className="w-3 shrink-0 select-none">
                {r.sign}
              </span>
              <span className="sr-only">{r.label}: </span>
              <span className="min-w-0 break-words">{r.text || ' '}</span>
            </li>
          ),
        )}
      </ol>
    </figure>
  );
}

function Values({ values, tone }: { values: string[]; tone: 'before' | 'after' }) {
  if (values.length === 0) return <span className="text-muted">—</span>;
  return (
    <span className={cn('break-words', tone === 'before' ? 'text-danger line-through decoration-danger/40' : 'text-success-ink')}>{values.join(' · ')}</span>
  );
}

export function FieldChanges({ fields }: { fields: FieldChange[] }) {
  if (fields.length === 0) return null;
  return (
    <ul className="flex flex-col gap-2" aria-label="Field changes">
      {fields.map((f, i) => {
        const { removed, added } = fieldDelta(f);
        return (
          <li key={i} className="flex flex-col gap-1 rounded-[var(--radius-button)] bg-mist/60 px-3 py-2 text-sm">
            <span className="font-medium text-ink">
              {fieldName(f.field)} <span className="text-xs font-normal text-muted">· {changeKindLabel(f.kind)}</span>
            </span>
            <span className="flex flex-wrap items-center gap-2">
              <span className="sr-only">Before:</span>
              <Values values={removed.length || added.length ? removed : f.before} tone="before" />
              <ArrowRight className="size-4 shrink-0 text-muted" aria-hidden="true" />
              <span className="sr-only">After:</span>
              <Values values={removed.length || added.length ? added : f.after} tone="after" />
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** One change in full: what moved, before → after, and the readable diff of the page's text. */
export function ChangeDetailPanel({ changeId }: { changeId: string }) {
  const change = useChange(changeId);
  return (
    <Card aria-labelledby="change-title" data-testid="change-detail">
      <CardHeader>
        <CardTitle id="change-title">Change</CardTitle>
        {change.data && (
          <CardDescription>
            {change.data.page_url}
            {change.data.before_taken_at && change.data.after_taken_at && (
              <>
                {' · '}
                {absoluteTime(change.data.before_taken_at)} → {absoluteTime(change.data.after_taken_at)}
              </>
            )}
          </CardDescription>
        )}
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {change.isPending ? (
          <SkeletonRows rows={5} label="Loading the change" />
        ) : change.isError ? (
          <ErrorState message={errorMessage(change.error)} onRetry={() => change.refetch()} />
        ) : (
          <>
            <div className="flex flex-wrap items-center gap-2">
              <SignificanceBadge value={change.data.significance} />
              <ChangeKindBadge kind={change.data.kind} />
              <p className="text-sm font-medium text-ink">{change.data.summary}</p>
            </div>
            <FieldChanges fields={change.data.change.fields} />
            <DiffView lines={change.data.change.diff} />
          </>
        )}
      </CardContent>
    </Card>
  );
}
