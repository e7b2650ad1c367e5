import { Check, Link2, MessageSquare, PenLine, RefreshCw, RotateCcw, ShieldAlert, UserRound, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { errorMessage } from '@/lib/api/problem';
import type { ItemEvent } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useCommentItem } from '../api/comment-item';
import { Textarea } from '@/components/ui/textarea';

/** How an event of the activity reads, after the person's name. */
export function describeEvent(e: ItemEvent): { verb: string; quote: string | null } {
  const step = e.step != null ? ` step ${e.step + 1}` : '';
  switch (e.kind) {
    case 'comment':
      return { verb: 'commented', quote: e.body };
    case 'approved':
      return { verb: `approved${step}`, quote: e.body && e.body !== 'Approved' ? e.body : null };
    case 'overridden':
      return { verb: `approved${step} over review errors`, quote: e.body || null };
    case 'approval_superseded':
      return { verb: `approved${step} (reset when it was written again)`, quote: null };
    case 'rejected':
      return { verb: `rejected${step}`, quote: e.body || null };
    case 'edited':
      return { verb: 'edited', quote: e.body || null };
    case 'regenerated':
      return { verb: 'asked for a rewrite', quote: e.body || null };
    case 'assigned':
      return { verb: e.body === 'Unassigned' ? 'unassigned the item' : 'assigned the item', quote: null };
    case 'shared':
      return { verb: 'made a preview link', quote: null };
    default:
      return { verb: e.kind.replace(/_/g, ' '), quote: e.body || null };
  }
}

const ICONS: Record<string, typeof Check> = {
  approved: Check,
  overridden: ShieldAlert,
  approval_superseded: RotateCcw,
  rejected: X,
  edited: PenLine,
  regenerated: RefreshCw,
  assigned: UserRound,
  shared: Link2,
};

function EventRow({ e }: { e: ItemEvent }) {
  const who = e.user_name || (e.user_id ? 'A former member' : 'Brandium');
  const { verb, quote } = describeEvent(e);
  const Icon = ICONS[e.kind];
  return (
    <li className="flex gap-3 py-3" data-kind={e.kind} data-testid="activity-event">
      {e.kind === 'comment' || !Icon ? (
        <Avatar name={who} className="size-8" />
      ) : (
        <span
          aria-hidden="true"
          className={cn(
            'inline-flex size-8 shrink-0 items-center justify-center rounded-full',
            e.kind === 'approved'
              ? 'bg-success-soft text-success-ink'
              : e.kind === 'rejected'
                ? 'bg-danger-soft text-danger'
                : e.kind === 'overridden'
                  ? 'bg-warning-soft text-warning-ink'
                  : 'bg-mist text-slate',
          )}
        >
          <Icon className="size-4" />
        </span>
      )}
      <div className="min-w-0 flex-1 text-sm">
        <p className="text-slate">
          <span className="font-semibold text-ink">{who}</span> {verb}{' '}
          <time dateTime={e.created_at} title={absoluteTime(e.created_at)} className="text-xs text-muted">
            · {relativeTime(e.created_at)}
          </time>
        </p>
        {quote && (
          <p className={cn('mt-1 whitespace-pre-wrap break-words text-ink', e.kind === 'comment' ? 'rounded-[var(--radius-button)] bg-mist px-3 py-2' : 'text-slate')}>
            {quote}
          </p>
        )}
      </div>
    </li>
  );
}

/** The item's history (decisions with reasons, edits, rewrites, shares) and its comment thread. */
export function Activity({ itemId, events, canComment }: { itemId: string; events: ItemEvent[]; canComment: boolean }) {
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const comment = useCommentItem();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) {
      setMissing(true);
      return;
    }
    comment.mutate({ id: itemId, body: body.trim() }, { onSuccess: () => setBody('') });
  };
  const ordered = [...events].sort((a, b) => a.created_at.localeCompare(b.created_at));
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <MessageSquare className="size-5 text-muted" aria-hidden="true" />
          Activity
        </CardTitle>
      </CardHeader>
      <CardContent className="pt-2">
        {ordered.length === 0 ? (
          <p className="py-2 text-sm text-muted">No activity yet. Decisions, edits and comments show here.</p>
        ) : (
          <ol aria-label="Activity" className="divide-y divide-line">
            {ordered.map((e) => (
              <EventRow key={e.id} e={e} />
            ))}
          </ol>
        )}
        {canComment && (
          <form onSubmit={submit} noValidate className="mt-3 flex flex-col gap-2 border-t border-line pt-4">
            <label htmlFor="comment-body" className="text-sm font-medium text-ink">
              Add a comment
            </label>
            <Textarea
              id="comment-body"
              rows={2}
              value={body}
              onChange={(e) => {
                setBody(e.target.value);
                if (e.target.value.trim()) setMissing(false);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) submit(e);
              }}
              aria-invalid={missing || undefined}
              aria-describedby={missing ? 'comment-error' : undefined}
              placeholder="Ask a question or leave a note for the team"
            />
            {missing && (
              <p id="comment-error" role="alert" className="text-sm text-danger">
                Write something first.
              </p>
            )}
            {comment.isError && (
              <p role="alert" className="text-sm text-danger">
                {errorMessage(comment.error)}
              </p>
            )}
            <Button type="submit" size="sm" className="self-end" loading={comment.isPending}>
              Comment
            </Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
