import { UserPlus } from 'lucide-react';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import type { Me } from '@/lib/api/types';
import { hasPermission } from '@/lib/auth/permissions';
import { MembersTable } from './members-table';
import { PendingInvitations } from './pending-invitations';
import { InviteMemberDialog } from './invite-member-dialog';
import { RoleLegend } from './role-legend';

export function MembersPage({ me }: { me: Me }) {
  const canManage = hasPermission(me.permissions, 'members_manage');
  const [inviteOpen, setInviteOpen] = useState(false);
  const [invited, setInvited] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title="Members"
        description={`People with access to ${me.organization.name}, and the invitations waiting for an answer.`}
        actions={
          canManage && (
            <Button onClick={() => setInviteOpen(true)}>
              <UserPlus strokeWidth={2} aria-hidden="true" />
              Invite member
            </Button>
          )
        }
      />
      {invited && (
        <Alert tone="success" className="mb-4" onDismiss={() => setInvited(null)}>
          Invitation sent to <strong>{invited}</strong>.
        </Alert>
      )}
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <Card>
            <CardHeader className="pb-4">
              <CardTitle>Team</CardTitle>
              <CardDescription>{canManage ? 'Change a role from its menu; changes apply at once.' : 'Only Admins can change roles.'}</CardDescription>
            </CardHeader>
            <MembersTable orgId={me.organization.id} currentUserId={me.user.id} canManage={canManage} />
          </Card>
          <Card>
            <CardHeader className="pb-2">
              <CardTitle>Pending invitations</CardTitle>
            </CardHeader>
            <PendingInvitations canManage={canManage} onInvite={() => setInviteOpen(true)} />
          </Card>
        </div>
        <RoleLegend />
      </div>
      {canManage && <InviteMemberDialog open={inviteOpen} onOpenChange={setInviteOpen} onInvited={setInvited} />}
    </>
  );
}
