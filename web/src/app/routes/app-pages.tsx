import { useTitle } from '@/lib/use-title';
import { AuditLogPage } from '@/features/audit/components/audit-log-page';
import { DashboardPage } from '@/features/dashboard/components/dashboard-page';
import { MailOutboxPage } from '@/features/mail/components/mail-outbox-page';
import { MembersPage } from '@/features/members/components/members-page';
import { SecurityPage } from '@/features/security/components/security-page';
import { RequirePermission } from './guards';
import { useShell } from './shell-context';

export function DashboardRoute() {
  const { me } = useShell();
  useTitle('Dashboard');
  return <DashboardPage me={me} />;
}

export function MembersRoute() {
  const { me } = useShell();
  useTitle('Members');
  return (
    <RequirePermission me={me} permission="members_read">
      <MembersPage me={me} />
    </RequirePermission>
  );
}

export function AuditLogRoute() {
  const { me } = useShell();
  useTitle('Audit log');
  return (
    <RequirePermission me={me} permission="audit_read">
      <AuditLogPage />
    </RequirePermission>
  );
}

export function MailRoute() {
  const { me } = useShell();
  useTitle('Mail outbox');
  return (
    <RequirePermission me={me} permission="mail_read">
      <MailOutboxPage />
    </RequirePermission>
  );
}

export function SecurityRoute() {
  const { me } = useShell();
  useTitle('Security');
  return <SecurityPage me={me} />;
}
