import { History, Search, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { PageHeader } from '@/components/ui/page-header';
import { SkeletonRows } from '@/components/ui/skeleton';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { errorMessage } from '@/lib/api/problem';
import type { AuditEntry } from '@/lib/api/types';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useAuditLog } from '../api/get-audit-log';

const COMMON_ACTIONS = ['login.succeeded', 'login.failed', 'member.invited', 'member.role_changed', 'member.removed', 'password.changed', 'totp.enabled'];

function target(e: AuditEntry): string {
  if (!e.target_type) return '—';
  return e.target_id ? `${e.target_type} ${e.target_id.slice(0, 8)}` : e.target_type;
}

export function AuditLogPage() {
  const [draft, setDraft] = useState('');
  const [action, setAction] = useState('');
  const log = useAuditLog(action);

  const apply = (ev: FormEvent) => {
    ev.preventDefault();
    setAction(draft.trim());
  };

  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader title="Audit log" description="Who did what in this organization, newest first." />
      <Card>
        <form onSubmit={apply} className="flex flex-col gap-2 border-b border-line px-5 py-4 sm:flex-row sm:items-end sm:px-6" role="search">
          <div className="flex-1">
            <Label htmlFor="audit-action">Filter by action</Label>
            <Input id="audit-action" list="audit-actions" className="mt-1.5" placeholder="e.g. login.failed" value={draft} onChange={(e) => setDraft(e.target.value)} />
            <datalist id="audit-actions">
              {COMMON_ACTIONS.map((a) => (
                <option key={a} value={a} />
              ))}
            </datalist>
          </div>
          <div className="flex gap-2">
            <Button type="submit" variant="secondary">
              <Search strokeWidth={2} aria-hidden="true" />
              Filter
            </Button>
            {action && (
              <Button
                variant="ghost"
                onClick={() => {
                  setDraft('');
                  setAction('');
                }}
              >
                <X strokeWidth={2} aria-hidden="true" />
                Clear
              </Button>
            )}
          </div>
        </form>
        {log.isPending ? (
          <SkeletonRows rows={5} label="Loading audit log" />
        ) : log.isError ? (
          <ErrorState message={errorMessage(log.error)} onRetry={() => log.refetch()} />
        ) : rows.length === 0 ? (
          <EmptyState icon={History} title={action ? `No “${action}” entries` : 'Nothing recorded yet'}>
            {action ? 'Try another action name, or clear the filter.' : 'Sign-ins, invitations and role changes are recorded here as they happen.'}
          </EmptyState>
        ) : (
          <Table label="Audit entries">
            <THead>
              <TR className="hover:bg-transparent">
                <TH>Action</TH>
                <TH>Actor</TH>
                <TH className="max-lg:hidden">Target</TH>
                <TH className="max-md:hidden">IP</TH>
                <TH>Time</TH>
              </TR>
            </THead>
            <TBody>
              {rows.map((e) => (
                <TR key={e.id}>
                  <TD>
                    <Badge tone={e.action.includes('failed') ? 'danger' : 'primary'} className="font-mono">
                      {e.action}
                    </Badge>
                  </TD>
                  <TD className="max-w-56">
                    {e.actor ? (
                      <>
                        <p className="truncate font-medium text-ink">{e.actor.name || e.actor.email}</p>
                        <p className="truncate text-xs text-muted">{e.actor.email}</p>
                      </>
                    ) : (
                      <span className="text-muted">System</span>
                    )}
                  </TD>
                  <TD className="text-muted max-lg:hidden">
                    <span className="font-mono text-xs" title={e.target_id ?? undefined}>
                      {target(e)}
                    </span>
                  </TD>
                  <TD className="font-mono text-xs text-muted max-md:hidden">{e.ip ?? '—'}</TD>
                  <TD className="whitespace-nowrap text-muted">
                    <time dateTime={e.created_at} title={absoluteTime(e.created_at)}>
                      {relativeTime(e.created_at)}
                    </time>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
        {log.hasNextPage && (
          <div className="flex justify-center border-t border-line p-4">
            <Button variant="secondary" loading={log.isFetchingNextPage} onClick={() => log.fetchNextPage()}>
              Load more
            </Button>
          </div>
        )}
        {log.isFetchNextPageError && <p className="px-6 pb-4 text-center text-sm text-danger">{errorMessage(log.error)}</p>}
      </Card>
    </>
  );
}
