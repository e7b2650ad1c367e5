import { PageHeader } from '@/components/ui/page-header';
import { AlertRulesPanel } from './alert-rules-panel';
import { AlertsList } from './alerts-list';
import { SectionTabs, useTab } from './section-tabs';
import { WebhooksPanel } from './webhooks-panel';

const TABS = [
  { value: 'alerts', label: 'Alerts' },
  { value: 'rules', label: 'Rules' },
  { value: 'webhooks', label: 'Webhooks' },
] as const;

/** `/alerts`: what needs attention, the rules that raise alerts, and the webhooks they go to. */
export function AlertsPage({ canWrite, canManageWebhooks }: { canWrite: boolean; canManageWebhooks: boolean }) {
  const tab = useTab(TABS.map((t) => t.value));
  return (
    <>
      <PageHeader title="Alerts" description="Significant competitor changes and news that match your rules, most urgent first." />
      <SectionTabs tabs={TABS} current={tab} label="Alert sections" />
      {tab === 'alerts' && <AlertsList />}
      {tab === 'rules' && <AlertRulesPanel canWrite={canWrite} />}
      {tab === 'webhooks' && <WebhooksPanel canManage={canManageWebhooks} />}
    </>
  );
}
