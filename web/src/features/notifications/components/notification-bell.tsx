import { Bell, CheckCheck } from 'lucide-react';
import { useNavigate } from 'react-router';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api/problem';
import type { Notification } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { relativeTime } from '@/lib/format';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';

/** The unread count as a badge shows it: nothing at 0, "9+" past nine. */
export function badgeText(unread: number): string | null {
  if (unread <= 0) return null;
  return unread > 9 ? '9+' : String(unread);
}

/** The bell in the app header: unread count, the newest notifications, mark read. */
export function NotificationBell() {
  const list = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const navigate = useNavigate();
  const unread = list.data?.unread_count ?? 0;
  const badge = badgeText(unread);
  const open = (n: Notification) => {
    if (!n.read_at) markRead.mutate(n.id);
    if (n.link) navigate(n.link);
  };
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className="relative inline-flex size-11 shrink-0 items-center justify-center rounded-[var(--radius-button)] text-slate hover:bg-mist hover:text-ink"
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
      >
        <Bell className="size-5" strokeWidth={2} aria-hidden="true" />
        {badge && (
          <span className="absolute top-1.5 right-1.5 inline-flex min-w-[18px] items-center justify-center rounded-full bg-coral px-1 text-[11px] leading-[18px] font-semibold text-white" aria-hidden="true">
            {badge}
          </span>
        )}
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-[min(24rem,calc(100vw-1.5rem))] p-0">
        <div className="flex items-center justify-between gap-2 px-1 pt-1">
          <DropdownMenuLabel>Notifications</DropdownMenuLabel>
          {unread > 0 && (
            <DropdownMenuItem
              className="min-h-9 text-primary md:min-h-8"
              onSelect={(e) => {
                e.preventDefault();
                markAll.mutate();
              }}
            >
              <CheckCheck aria-hidden="true" />
              Mark all read
            </DropdownMenuItem>
          )}
        </div>
        <DropdownMenuSeparator className="mb-0" />
        <div className="max-h-[min(28rem,70dvh)] overflow-y-auto p-1">
          {list.isPending ? (
            <div className="flex justify-center py-6">
              <Spinner size="sm" label="Loading notifications" />
            </div>
          ) : list.isError ? (
            <p role="alert" className="px-3 py-6 text-center text-sm text-muted">
              {errorMessage(list.error)}
            </p>
          ) : list.data.items.length === 0 ? (
            <p className="px-3 py-6 text-center text-sm text-muted">You're all caught up.</p>
          ) : (
            list.data.items.map((n) => (
              <DropdownMenuItem key={n.id} onSelect={() => open(n)} className="min-h-0 items-start gap-3 py-2.5 md:min-h-0">
                <span className={cn('mt-1.5 size-2 shrink-0 rounded-full', n.read_at ? 'bg-transparent' : 'bg-coral')} aria-hidden="true" />
                <span className="min-w-0 flex-1">
                  <span className={cn('block text-sm', n.read_at ? 'text-slate' : 'font-semibold text-ink')}>
                    {n.title}
                    {!n.read_at && <span className="sr-only"> (unread)</span>}
                  </span>
                  <span className="mt-0.5 line-clamp-2 block text-xs whitespace-pre-line text-muted">{n.body}</span>
                  <span className="mt-1 block text-xs text-muted">{relativeTime(n.created_at)}</span>
                </span>
              </DropdownMenuItem>
            ))
          )}
        </div>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
