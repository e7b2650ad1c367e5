import { Trash2, Users } from 'lucide-react';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Avatar } from '@/components/ui/avatar';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { Select } from '@/components/ui/select';
import { SkeletonRows } from '@/components/ui/skeleton';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { errorMessage, isProblem } from '@/lib/api/problem';
import type { Member, Role } from '@/lib/api/types';
import { roleLabel } from '@/lib/auth/roles';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useMembers } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';
import { useUpdateMemberRole } from '../api/update-member-role';
import { ROLE_OPTIONS } from './role-options';

function lastAdminMessage(e: unknown, fallback: string): string {
  return isProblem(e, 'last_admin') ? 'An organization needs at least one Admin. Make someone else Admin first.' : errorMessage(e) || fallback;
}

export function MembersTable({ orgId, currentUserId, canManage }: { orgId: string; currentUserId: string; canManage: boolean }) {
  const members = useMembers();
  const updateRole = useUpdateMemberRole();
  const remove = useRemoveMember();
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);

  if (members.isPending) return <SkeletonRows rows={3} label="Loading members" />;
  if (members.isError) return <ErrorState message={errorMessage(members.error)} onRetry={() => members.refetch()} />;

  const rows = members.data.pages.flatMap((p) => p.items);
  if (rows.length === 0) {
    return (
      <EmptyState icon={Users} title="No members yet">
        Invite your team to work on your brand together.
      </EmptyState>
    );
  }

  const changeRole = (m: Member, role: string) => {
    if (role === m.role) return;
    setNotice(null);
    updateRole.mutate(
      { userId: m.user_id, role: role as Role },
      { onError: (e) => setNotice(lastAdminMessage(e, 'The role could not be changed.')), onSuccess: (r) => setNotice(`${r.name || r.email} is now ${roleLabel(r.role)}.`) },
    );
  };

  const roleControl = (m: Member) =>
    canManage ? (
      <Select
        aria-label={`Role of ${m.name || m.email}`}
        value={m.role}
        onValueChange={(v) => changeRole(m, v)}
        options={ROLE_OPTIONS}
        disabled={updateRole.isPending && updateRole.variables?.userId === m.user_id}
        className="min-w-36"
      />
    ) : (
      <Badge tone={m.role === 'admin' ? 'primary' : 'neutral'}>{roleLabel(m.role)}</Badge>
    );

  const removeButton = (m: Member) => (
    <Button
      variant="ghost"
      size="icon"
      aria-label={`Remove ${m.name || m.email}`}
      onClick={() => {
        remove.reset();
        setRemoving(m);
      }}
    >
      <Trash2 strokeWidth={2} aria-hidden="true" />
    </Button>
  );

  return (
    <>
      {notice && (
        <div className="px-5 pt-4 sm:px-6">
          <Alert tone={updateRole.isError || remove.isError ? 'danger' : 'success'} onDismiss={() => setNotice(null)}>
            {notice}
          </Alert>
        </div>
      )}
      <Table label="Members">
        <THead>
          <TR className="hover:bg-transparent">
            <TH>Member</TH>
            <TH className="max-md:hidden">Joined</TH>
            <TH className="w-48 max-md:hidden">Role</TH>
            {canManage && (
              <TH className="w-16 max-md:hidden">
                <span className="sr-only">Actions</span>
              </TH>
            )}
          </TR>
        </THead>
        <TBody>
          {rows.map((m) => {
            const you = m.user_id === currentUserId;
            return (
              <TR key={m.user_id}>
                <TD>
                  <div className="flex min-w-0 items-center gap-3">
                    <Avatar name={m.name} email={m.email} />
                    <div className="min-w-0">
                      <p className="truncate font-medium text-ink">
                        {m.name || m.email}
                        {you && (
                          <Badge tone="primary" className="ml-2 align-middle">
                            You
                          </Badge>
                        )}
                      </p>
                      <p className="truncate text-muted">{m.email}</p>
                    </div>
                  </div>
                  <div className="mt-3 flex items-center gap-2 md:hidden">
                    <div className="min-w-0 flex-1">
                      {roleControl(m)}
                    </div>
                    {canManage && removeButton(m)}
                  </div>
                </TD>
                <TD className="whitespace-nowrap text-muted max-md:hidden">
                  <time dateTime={m.joined_at} title={absoluteTime(m.joined_at)}>
                    {relativeTime(m.joined_at)}
                  </time>
                </TD>
                <TD className="max-md:hidden">
                  {roleControl(m)}
                </TD>
                {canManage && (
                  <TD className="text-right max-md:hidden">
                    {removeButton(m)}
                  </TD>
                )}
              </TR>
            );
          })}
        </TBody>
      </Table>
      {members.hasNextPage && (
        <div className="flex justify-center border-t border-line p-4">
          <Button variant="secondary" loading={members.isFetchingNextPage} onClick={() => members.fetchNextPage()}>
            Load more
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(o) => !o && setRemoving(null)}
        title="Remove member?"
        description={removing ? `${removing.name || removing.email} loses access to this organization right away. You can invite them again later.` : ''}
        confirmLabel="Remove member"
        pending={remove.isPending}
        error={remove.isError ? lastAdminMessage(remove.error, 'The member could not be removed.') : null}
        onConfirm={() =>
          removing &&
          remove.mutate(
            { orgId, userId: removing.user_id },
            {
              onSuccess: () => {
                setNotice(`${removing.name || removing.email} was removed.`);
                setRemoving(null);
              },
            },
          )
        }
      />
    </>
  );
}
