import { BellOff, CheckCheck, ExternalLink } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { MonitoringAlert } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useAlerts, useReadAlert, useReadAllAlerts } from '../api/alerts';
import { alertKindLabel, alertLink } from '../lib/labels';
import { UrgencyBadge } from './badges';

function AlertRow({ alert: a }: { alert: MonitoringAlert }) {
  const read = useReadAlert();
  const link = alertLink(a.url);
  const unread = !a.read_at;
  const markRead = () => unread && read.mutate(a.id);
  return (
    <li className={cn('flex flex-col gap-2 px-5 py-4 sm:flex-row sm:items-start sm:justify-between sm:px-6', unread && 'bg-primary-soft/50')} data-testid="alert">
      <div className="flex min-w-0 flex-col gap-1.5">
        <div className="flex flex-wrap items-center gap-2">
          {unread && (
            <span className="inline-block size-2 rounded-full bg-primary" aria-hidden="true" />
          )}
          <span className="sr-only">{unread ? 'Unread.' : 'Read.'}</span>
          <UrgencyBadge urgency={a.urgency} />
          <Badge>{alertKindLabel(a.kind)}</Badge>
          <span className="text-xs text-muted tabular-nums" title="Priority, 0 to 100">
            Priority {a.priority}
          </span>
          <time className="text-xs text-muted" dateTime={a.created_at} title={absoluteTime(a.created_at)}>
            {relativeTime(a.created_at)}
          </time>
        </div>
        <h3 className={cn('text-sm break-words', unread ? 'font-semibold text-ink' : 'font-medium text-slate')}>
          {link ? (
            link.internal ? (
              <Link to={link.to} onClick={markRead} className="hover:text-primary">
                {a.title}
              </Link>
            ) : (
              <a href={link.to} target="_blank" rel="noreferrer noopener" onClick={markRead} className="inline-flex items-start gap-1 hover:text-primary">
                {a.title}
                <ExternalLink className="mt-0.5 size-3.5 shrink-0" aria-hidden="true" />
                <span className="sr-only">(opens in a new tab)</span>
              </a>
            )
          ) : (
            a.title
          )}
        </h3>
        {a.body && <p className="text-sm break-words whitespace-pre-line text-slate">{a.body}</p>}
      </div>
      {unread && (
        <Button variant="secondary" size="sm" loading={read.isPending} onClick={markRead} aria-label={`Mark “${a.title}” as read`}>
          Mark read
        </Button>
      )}
    </li>
  );
}

/** Alerts, unread first, then by priority. */
export function AlertsList() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const alerts = useAlerts(unreadOnly);
  const readAll = useReadAllAlerts();
  const unread = alerts.data?.unread_count ?? 0;
  return (
    <Card>
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line px-5 py-3 sm:px-6">
        <p className="text-sm text-slate" aria-live="polite">
          {alerts.data ? `${unread} unread` : ' '}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <label className="inline-flex min-h-11 cursor-pointer items-center gap-2 text-sm">
            <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} className="size-4 accent-primary" />
            Unread only
          </label>
          <Button variant="secondary" size="sm" disabled={unread === 0} loading={readAll.isPending} onClick={() => readAll.mutate()}>
            <CheckCheck aria-hidden="true" />
            Mark all read
          </Button>
        </div>
      </div>
      <CardContent className="p-0 sm:p-0">
        {alerts.isPending ? (
          <SkeletonRows rows={4} label="Loading alerts" />
        ) : alerts.isError ? (
          <ErrorState message={errorMessage(alerts.error)} onRetry={() => alerts.refetch()} />
        ) : alerts.data.items.length === 0 ? (
          <EmptyState icon={BellOff} title={unreadOnly ? 'Nothing unread' : 'No alert yet'}>
            Alerts come from significant competitor changes and from news that matches your alert rules.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-line" aria-label="Alerts">
            {alerts.data.items.map((a) => (
              <AlertRow key={a.id} alert={a} />
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
