import { MailPlus } from 'lucide-react';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage, isProblem } from '@/lib/api/problem';
import type { Invitation } from '@/lib/api/types';
import { roleLabel } from '@/lib/auth/roles';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useInvitations } from '../api/get-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';

export function PendingInvitations({ canManage, onInvite }: { canManage: boolean; onInvite: () => void }) {
  const invitations = useInvitations('pending');
  const revoke = useRevokeInvitation();
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (invitations.isPending) return <SkeletonRows rows={2} label="Loading invitations" />;
  if (isProblem(invitations.error, 'forbidden')) {
    return <p className="px-5 pb-5 text-sm text-muted sm:px-6">Only Admins can see the invitations waiting for an answer.</p>;
  }
  if (invitations.isError) return <ErrorState message={errorMessage(invitations.error)} onRetry={() => invitations.refetch()} />;

  const items = invitations.data.items;
  return (
    <>
      {notice && (
        <div className="px-5 pt-4 sm:px-6">
          <Alert tone="success" onDismiss={() => setNotice(null)}>
            {notice}
          </Alert>
        </div>
      )}
      {items.length === 0 ? (
        <EmptyState icon={MailPlus} title="No pending invitations" action={canManage ? <Button variant="secondary" onClick={onInvite}>Invite member</Button> : undefined}>
          Invitations you send appear here until they are accepted.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-line" aria-label="Pending invitations">
          {items.map((inv) => (
            <li key={inv.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-5 py-3 sm:px-6">
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium text-ink">{inv.email}</p>
                <p className="text-sm text-muted">
                  Expires{' '}
                  <time dateTime={inv.expires_at} title={absoluteTime(inv.expires_at)}>
                    {relativeTime(inv.expires_at)}
                  </time>
                </p>
              </div>
              <Badge tone="neutral">{roleLabel(inv.role)}</Badge>
              {canManage && (
                <Button variant="secondary" size="sm" onClick={() => {
                  revoke.reset();
                  setRevoking(inv);
                }}>
                  Revoke
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(o) => !o && setRevoking(null)}
        title="Revoke invitation?"
        description={revoking ? `The link sent to ${revoking.email} stops working.` : ''}
        confirmLabel="Revoke"
        pending={revoke.isPending}
        error={revoke.isError ? errorMessage(revoke.error) : null}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              setNotice(`The invitation to ${revoking.email} was revoked.`);
              setRevoking(null);
            },
          })
        }
      />
    </>
  );
}
