import { Inbox } from 'lucide-react';
import { useState } from 'react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { SkeletonRows } from '@/components/ui/skeleton';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { errorMessage } from '@/lib/api/problem';
import type { MailMessage } from '@/lib/api/types';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useOutbox } from '../api/get-outbox';

const STATUS_TONE: Record<string, BadgeTone> = { stored: 'neutral', queued: 'warning', sent: 'success', failed: 'danger' };
const KIND_LABEL: Record<string, string> = { invitation: 'Invitation', password_reset: 'Password reset', notification: 'Notification' };

function StatusBadge({ status }: { status: string }) {
  return <Badge tone={STATUS_TONE[status] ?? 'neutral'}>{status}</Badge>;
}

export function MailOutboxPage() {
  const outbox = useOutbox();
  const [open, setOpen] = useState<MailMessage | null>(null);
  const rows = outbox.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader
        title="Mail outbox"
        description="Every email Brandium sent or stored for this organization. Without SMTP configured, messages are stored here instead of being sent."
      />
      <Card>
        {outbox.isPending ? (
          <SkeletonRows rows={4} label="Loading outbox" />
        ) : outbox.isError ? (
          <ErrorState message={errorMessage(outbox.error)} onRetry={() => outbox.refetch()} />
        ) : rows.length === 0 ? (
          <EmptyState icon={Inbox} title="No mail yet">
            Invitations and password resets appear here once they are sent.
          </EmptyState>
        ) : (
          <Table label="Outbox">
            <THead>
              <TR className="hover:bg-transparent">
                <TH>To</TH>
                <TH>Subject</TH>
                <TH className="max-md:hidden">Kind</TH>
                <TH>Status</TH>
                <TH className="max-sm:hidden">Time</TH>
              </TR>
            </THead>
            <TBody>
              {rows.map((m) => (
                <TR key={m.id}>
                  <TD className="max-w-48 truncate text-ink">{m.to}</TD>
                  <TD className="max-w-80">
                    <button type="button" className="min-h-11 max-w-full cursor-pointer truncate text-left font-medium text-primary underline-offset-4 hover:underline" onClick={() => setOpen(m)}>
                      {m.subject}
                    </button>
                  </TD>
                  <TD className="text-muted max-md:hidden">{KIND_LABEL[m.kind] ?? m.kind}</TD>
                  <TD>
                    <StatusBadge status={m.status} />
                  </TD>
                  <TD className="whitespace-nowrap text-muted max-sm:hidden">
                    <time dateTime={m.created_at} title={absoluteTime(m.created_at)}>
                      {relativeTime(m.created_at)}
                    </time>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
        {outbox.hasNextPage && (
          <div className="flex justify-center border-t border-line p-4">
            <Button variant="secondary" loading={outbox.isFetchingNextPage} onClick={() => outbox.fetchNextPage()}>
              Load more
            </Button>
          </div>
        )}
      </Card>
      <Dialog open={open !== null} onOpenChange={(o) => !o && setOpen(null)}>
        {open && (
          <DialogContent wide title={open.subject} description={`To ${open.to} · ${absoluteTime(open.created_at)}`}>
            <div className="mb-4 flex flex-wrap gap-2">
              <Badge tone="primary">{KIND_LABEL[open.kind] ?? open.kind}</Badge>
              <StatusBadge status={open.status} />
              {open.sent_at && <span className="text-xs text-muted">Sent {absoluteTime(open.sent_at)}</span>}
            </div>
            {open.error && <p className="mb-4 text-sm text-danger">{open.error}</p>}
            <pre className="rounded-[var(--radius-button)] border border-line bg-mist p-4 text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere]" data-testid="mail-body">
              {open.body_text}
            </pre>
          </DialogContent>
        )}
      </Dialog>
    </>
  );
}
