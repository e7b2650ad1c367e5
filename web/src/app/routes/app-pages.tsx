import { useParams } from 'react-router';
import { hasPermission } from '@/lib/auth/permissions';
import { useTitle } from '@/lib/use-title';
import { FoundationPage } from '@/features/brand/components/foundation-page';
import { BrandKitPage } from '@/features/brand-kit/components/brand-kit-page';
import { PersonasPage } from '@/features/brand/components/personas-page';
import { RevisionsPage } from '@/features/brand/components/revisions-page';
import { VoicePage } from '@/features/brand/components/voice-page';
import { AuditLogPage } from '@/features/audit/components/audit-log-page';
import { DashboardPage } from '@/features/dashboard/components/dashboard-page';
import { MailOutboxPage } from '@/features/mail/components/mail-outbox-page';
import { MembersPage } from '@/features/members/components/members-page';
import { SecurityPage } from '@/features/security/components/security-page';
import { ChecksPage } from '@/features/visual-identity/components/checks-page';
import { VisualIdentityPage } from '@/features/visual-identity/components/visual-identity-page';
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

export function BrandFoundationRoute() {
  const { brandId = '' } = useParams();
  useTitle('Brand foundation');
  return <FoundationPage key={brandId} brandId={brandId} />;
}

export function BrandVoiceRoute() {
  const { brandId = '' } = useParams();
  useTitle('Brand voice');
  return <VoicePage key={brandId} brandId={brandId} />;
}

export function BrandPersonasRoute() {
  const { brandId = '' } = useParams();
  useTitle('Personas');
  return <PersonasPage key={brandId} brandId={brandId} />;
}

export function BrandRevisionsRoute() {
  const { brandId = '' } = useParams();
  useTitle('Brand revisions');
  return <RevisionsPage key={brandId} brandId={brandId} />;
}

export function BrandVisualRoute() {
  const { brandId = '' } = useParams();
  useTitle('Visual identity');
  return <VisualIdentityPage key={brandId} brandId={brandId} />;
}

export function BrandChecksRoute() {
  const { brandId = '' } = useParams();
  useTitle('Brand checks');
  return <ChecksPage key={brandId} brandId={brandId} />;
}

export function BrandKitRoute() {
  const { brandId = '' } = useParams();
  const { me } = useShell();
  useTitle('Brand kit');
  return <BrandKitPage key={brandId} brandId={brandId} canShare={hasPermission(me.permissions, 'org_update')} />;
}
