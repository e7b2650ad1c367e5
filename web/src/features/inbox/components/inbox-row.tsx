import { Link } from 'react-router';
import { Spinner } from '@/components/ui/spinner';
import type { ItemSummary } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { absoluteTime, relativeTime } from '@/lib/format';
import { previewLine } from '../lib/preview';
import { isWriting } from '../lib/states';
import { ChannelLabel, ChannelMark, FallbackBadge, ScoreBadge, StateBadge } from './badges';

export const ROW_GRID = 'md:grid md:grid-cols-[2.5rem_minmax(0,1fr)_11rem_5rem_8rem_6.5rem] md:items-center md:gap-3';

export function InboxRow({
  item,
  brandName,
  assignee,
  selectable,
  selected,
  onSelect,
  showState,
}: {
  item: ItemSummary;
  brandName: string | undefined;
  assignee: string | null;
  selectable: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  showState: boolean;
}) {
  const writing = isWriting(item.state);
  const meta = [brandName, item.persona_name ?? 'General audience', item.campaign].filter(Boolean) as string[];
  const preview = previewLine(item.preview);
  return (
    <li
      data-testid="inbox-row"
      data-state={item.state}
      className={cn('relative flex gap-3 px-4 py-3 transition-colors hover:bg-mist/60 sm:px-5', ROW_GRID, selected && 'bg-primary-soft/60 hover:bg-primary-soft')}
    >
      <div className="relative z-10 flex w-6 shrink-0 items-start pt-0.5 md:w-auto md:items-center md:justify-center md:pt-0">
        {selectable ? (
          <input
            type="checkbox"
            checked={selected}
            onChange={(e) => onSelect(e.target.checked)}
            aria-label={`Select ${item.title}`}
            className="size-5 cursor-pointer accent-[var(--color-primary)]"
          />
        ) : null}
      </div>
      <div className="min-w-0 flex-1">
        <p className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
          <ChannelMark channel={item.channel} className="md:hidden" />
          <Link to={`/inbox/${item.id}`} className="truncate font-medium text-ink after:absolute after:inset-0 hover:text-primary focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-electric">
            {item.title}
            {item.sequence_index != null && <span className="text-muted"> · email {item.sequence_index + 1}</span>}
          </Link>
          {writing && (
            <span className="inline-flex items-center gap-1 text-xs text-primary">
              <Spinner size="sm" label="" />
              {item.state === 'queued' ? 'Queued' : 'Writing…'}
            </span>
          )}
          {showState && !writing && <StateBadge state={item.state} />}
          {item.fallback_used && <FallbackBadge />}
        </p>
        {preview && (
          <p className="mt-0.5 truncate text-sm text-slate md:line-clamp-2 md:whitespace-normal" data-testid="inbox-preview" title={preview}>
            {preview}
          </p>
        )}
        <p className="mt-0.5 truncate text-xs text-muted">{meta.join(' · ')}</p>
        {item.state === 'failed' && item.error && <p className="mt-0.5 truncate text-xs text-danger">{item.error}</p>}
        {item.state === 'rejected' && item.reject_reason && <p className="mt-0.5 truncate text-xs text-slate">Rejected: {item.reject_reason}</p>}
        <p className="mt-1 flex items-center gap-2 text-xs text-muted md:hidden">
          <ScoreBadge score={item.best_score} />
          {assignee && <span className="truncate">→ {assignee}</span>}
          <time dateTime={item.created_at} title={absoluteTime(item.created_at)} className="ml-auto shrink-0">
            {relativeTime(item.created_at)}
          </time>
        </p>
      </div>
      <ChannelLabel channel={item.channel} className="hidden md:inline-flex" />
      <div className="hidden md:block">
        <ScoreBadge score={item.best_score} />
      </div>
      <p className="hidden truncate text-sm text-slate md:block">{assignee ?? <span className="text-muted">—</span>}</p>
      <time dateTime={item.created_at} title={absoluteTime(item.created_at)} className="hidden text-sm text-muted md:block">
        {relativeTime(item.created_at)}
      </time>
    </li>
  );
}
