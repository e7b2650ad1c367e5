import { ArrowLeft, X } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { ItemDetail } from '@/lib/api/types';
import { absoluteTime, relativeTime } from '@/lib/format';
import { ChannelLabel, FallbackBadge, StateBadge } from './badges';

export function stepText(item: Pick<ItemDetail, 'approval_step' | 'approval_steps'>): string {
  return `Step ${Math.min(item.approval_step + 1, Math.max(item.approval_steps, 1))} of ${Math.max(item.approval_steps, 1)}`;
}

function Meta({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="truncate text-sm text-ink">{children}</dd>
    </div>
  );
}

/** The item's title, where it stands, what it is for, and the item-wide actions. */
export function ItemHeader({
  item,
  brandName,
  assignControl,
  onReject,
  regenerate,
  share,
}: {
  item: ItemDetail;
  brandName: string | undefined;
  assignControl: ReactNode;
  onReject: (() => void) | null;
  regenerate: ReactNode;
  share: ReactNode;
}) {
  return (
    <header className="mb-6 flex flex-col gap-4">
      <Link to="/inbox" className="inline-flex min-h-11 items-center gap-1.5 self-start text-sm font-medium text-muted hover:text-ink md:min-h-0">
        <ArrowLeft className="size-4" aria-hidden="true" />
        Inbox
      </Link>
      <div className="flex flex-col gap-4 lg:flex-row lg:items-start lg:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight break-words sm:text-[1.75rem]">
            {item.title}
            {item.sequence_index != null && <span className="text-muted"> · email {item.sequence_index + 1}</span>}
          </h1>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <StateBadge state={item.state} />
            {item.state === 'awaiting_review' && <Badge tone="primary">{stepText(item)}</Badge>}
            <ChannelLabel channel={item.channel} />
            {item.fallback_used && <FallbackBadge />}
          </div>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          {onReject && (
            <Button variant="secondary" size="sm" onClick={onReject}>
              <X aria-hidden="true" />
              Reject
            </Button>
          )}
          {regenerate}
          {share}
        </div>
      </div>
      <div className="flex flex-col gap-4 rounded-[var(--radius-card)] bg-white px-5 py-4 shadow-[var(--shadow-card)] sm:flex-row sm:items-end sm:justify-between">
        <dl className="grid grid-cols-2 gap-x-6 gap-y-3 sm:flex sm:flex-wrap">
          <Meta label="Brand">{brandName ?? '…'}</Meta>
          <Meta label="Persona">{item.persona_name ?? 'General audience'}</Meta>
          <Meta label="Campaign (internal)">{item.campaign || '—'}</Meta>
          <Meta label="Created">
            <time dateTime={item.created_at} title={absoluteTime(item.created_at)}>
              {relativeTime(item.created_at)}
            </time>
          </Meta>
        </dl>
        {assignControl}
      </div>
    </header>
  );
}
