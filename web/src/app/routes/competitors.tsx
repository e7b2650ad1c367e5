import { useParams } from 'react-router';
import { hasPermission } from '@/lib/auth/permissions';
import { useTitle } from '@/lib/use-title';
import { AnalysisPage } from '@/features/competitors/components/analysis-page';
import { CompetitorPage } from '@/features/competitors/components/competitor-page';
import { CompetitorsPage } from '@/features/competitors/components/competitors-page';
import { AlertsPage } from '@/features/monitoring/components/alerts-page';
import { MonitoringPage } from '@/features/monitoring/components/monitoring-page';
import { useShell } from './shell-context';

/** `/competitors`: who we watch and their latest changes. */
export function CompetitorsRoute() {
  const { me } = useShell();
  useTitle('Competitors');
  return <CompetitorsPage canWrite={hasPermission(me.permissions, 'content_write')} />;
}

/** `/competitors/analysis`: our positioning beside theirs. */
export function CompetitorAnalysisRoute() {
  useTitle('Compare competitors');
  return <AnalysisPage />;
}

/** `/competitors/:competitorId`: one competitor's snapshots and changes. */
export function CompetitorRoute() {
  const { me } = useShell();
  const { competitorId = '' } = useParams();
  useTitle('Competitor');
  return <CompetitorPage key={competitorId} competitorId={competitorId} canWrite={hasPermission(me.permissions, 'content_write')} />;
}

/** `/monitoring`: news, mentions, share of voice, sources and settings. */
export function MonitoringRoute() {
  const { me } = useShell();
  useTitle('Monitoring');
  return <MonitoringPage canWrite={hasPermission(me.permissions, 'content_write')} />;
}

/** `/alerts`: alerts, alert rules and webhooks. */
export function AlertsRoute() {
  const { me } = useShell();
  useTitle('Alerts');
  return <AlertsPage canWrite={hasPermission(me.permissions, 'content_write')} canManageWebhooks={hasPermission(me.permissions, 'org_update')} />;
}
