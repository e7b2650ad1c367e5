import { useParams } from 'react-router';
import { hasPermission } from '@/lib/auth/permissions';
import { useTitle } from '@/lib/use-title';
import { ApprovalsPage } from '@/features/agents/components/approvals/approvals-page';
import { BriefPage } from '@/features/agents/components/brief/brief-page';
import { CompliancePage } from '@/features/agents/components/compliance/compliance-page';
import { LearningPage } from '@/features/agents/components/learning/learning-page';
import { LibraryPage } from '@/features/agents/components/library/library-page';
import { RunPage } from '@/features/agents/components/runs/run-page';
import { AiSettingsPage } from '@/features/agents/components/settings/ai-settings-page';
import { useShell } from './shell-context';

export function CreateRoute() {
  const { me } = useShell();
  useTitle('New brief');
  return <BriefPage canWrite={hasPermission(me.permissions, 'content_write')} />;
}

export function RunRoute() {
  const { me } = useShell();
  const { runId = '' } = useParams();
  useTitle('Generation run');
  return <RunPage key={runId} runId={runId} canWrite={hasPermission(me.permissions, 'content_write')} />;
}

export function AiSettingsRoute() {
  const { me } = useShell();
  useTitle('AI settings');
  return <AiSettingsPage canEdit={hasPermission(me.permissions, 'org_update')} />;
}

export function LibraryRoute() {
  useTitle('Content library');
  return <LibraryPage />;
}

export function ComplianceRoute() {
  useTitle('Brand checker');
  return <CompliancePage />;
}

export function BrandApprovalsRoute() {
  const { me } = useShell();
  const { brandId = '' } = useParams();
  useTitle('Approvals');
  return <ApprovalsPage key={brandId} brandId={brandId} canEdit={hasPermission(me.permissions, 'org_update')} />;
}

export function BrandLearningRoute() {
  const { brandId = '' } = useParams();
  useTitle('Learning');
  return <LearningPage key={brandId} brandId={brandId} />;
}
