import { Laptop, MonitorSmartphone, Smartphone } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useSessions } from '../api/get-sessions';
import { useRevokeSession } from '../api/revoke-session';

/** A short readable name from a user agent string ("Chrome on Linux"). */
export function describeAgent(ua: string | null | undefined): string {
  if (!ua) return 'Unknown device';
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrom(e|ium)\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : /curl|node|python/i.test(ua) ? 'API client' : 'Browser';
  const os = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Mac OS X/.test(ua) ? 'macOS' : /Windows/.test(ua) ? 'Windows' : /Linux/.test(ua) ? 'Linux' : '';
  return os ? `${browser} on ${os}` : browser;
}

export function SessionsList() {
  const sessions = useSessions();
  const revoke = useRevokeSession();

  return (
    <Card>
      <CardHeader className="pb-4">
        <CardTitle>Active sessions</CardTitle>
        <CardDescription>Devices signed in to your account. Sign out any you do not recognise.</CardDescription>
      </CardHeader>
      {revoke.isError && (
        <div className="px-5 pb-3 sm:px-6">
          <Alert tone="danger" onDismiss={() => revoke.reset()}>
            {errorMessage(revoke.error)}
          </Alert>
        </div>
      )}
      {sessions.isPending ? (
        <SkeletonRows rows={2} label="Loading sessions" />
      ) : sessions.isError ? (
        <ErrorState message={errorMessage(sessions.error)} onRetry={() => sessions.refetch()} />
      ) : sessions.data.items.length === 0 ? (
        <EmptyState icon={MonitorSmartphone} title="No active sessions">
          Sessions appear here when you sign in.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-line border-t border-line" aria-label="Sessions">
          {[...sessions.data.items]
            .sort((a, b) => Number(b.current) - Number(a.current))
            .map((s) => {
              const Icon = /Android|iPhone|Mobile/.test(s.user_agent ?? '') ? Smartphone : Laptop;
              return (
                <li key={s.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-5 py-3 sm:px-6">
                  <Icon className="size-5 shrink-0 text-muted" strokeWidth={2} aria-hidden="true" />
                  <div className="min-w-0 flex-1">
                    <p className="flex flex-wrap items-center gap-2 font-medium text-ink">
                      {describeAgent(s.user_agent)}
                      {s.current && <Badge tone="success">This device</Badge>}
                    </p>
                    <p className="text-sm text-muted">
                      {s.ip ?? 'Unknown address'} · active{' '}
                      <time dateTime={s.last_used_at} title={absoluteTime(s.last_used_at)}>
                        {relativeTime(s.last_used_at)}
                      </time>
                    </p>
                  </div>
                  {!s.current && (
                    <Button variant="secondary" size="sm" loading={revoke.isPending && revoke.variables === s.id} onClick={() => revoke.mutate(s.id)}>
                      Sign out
                    </Button>
                  )}
                </li>
              );
            })}
        </ul>
      )}
    </Card>
  );
}
