import type { InboxCounts } from '@/lib/api/types';
import { hasPermission } from '@/lib/auth/permissions';
import { useMe } from '@/lib/auth/me';
import { cn } from '@/lib/cn';
import { useInboxCounts } from '../api/get-inbox-counts';

export type InboxBadge = { count: number; text: string; tone: 'act' | 'info'; label: string };

/**
 * What the Inbox entry of the navigation shows. People who approve see what waits for their
 * decision (`needs_me`) in the accent colour. Everyone else has nothing to decide, so they see how
 * much waits for review in a quiet grey: it tells a writer their drafts are in the queue without
 * calling them to act. Nothing shows at zero.
 */
export function inboxBadge(counts: InboxCounts | undefined, canApprove: boolean): InboxBadge | null {
  if (!counts) return null;
  const count = canApprove ? counts.needs_me : counts.awaiting_review;
  if (count <= 0) return null;
  return {
    count,
    text: count > 99 ? '99+' : String(count),
    tone: canApprove ? 'act' : 'info',
    label: canApprove ? `${count} waiting for your review` : `${count} awaiting review`,
  };
}

/** The count beside "Inbox" in the sidebar and the phone tab bar. */
export function InboxNavBadge({ compact = false }: { compact?: boolean }) {
  const me = useMe();
  const counts = useInboxCounts();
  const badge = inboxBadge(counts.data, hasPermission(me.data?.permissions, 'content_approve'));
  if (!badge) return null;
  return (
    <span
      data-testid="inbox-badge"
      className={cn(
        'inline-flex min-w-[20px] items-center justify-center rounded-full px-1.5 text-[11px] leading-5 font-semibold tabular-nums',
        badge.tone === 'act' ? 'bg-coral text-ink' : 'bg-mist text-slate ring-1 ring-line',
        compact ? 'absolute top-1.5 left-[calc(50%+4px)] min-w-[18px] px-1 leading-[18px]' : 'ml-auto',
      )}
    >
      <span aria-hidden="true">{badge.text}</span>
      <span className="sr-only">, {badge.label}</span>
    </span>
  );
}
