import { PageHeader } from '@/components/ui/page-header';
import { DigestPanel } from './digest-panel';
import { MentionsPanel } from './mentions-panel';
import { NewsFeed } from './news-feed';
import { SectionTabs, useTab } from './section-tabs';
import { ShareOfVoiceChart } from './share-of-voice-chart';
import { SourcesPanel } from './sources-panel';
import { WatchSettingsPanel } from './watch-settings';

const TABS = [
  { value: 'news', label: 'News' },
  { value: 'mentions', label: 'Mentions' },
  { value: 'sources', label: 'Sources' },
  { value: 'settings', label: 'Settings' },
] as const;

/** `/monitoring`: the news feed, mentions with share of voice, sources, watch and digest settings. */
export function MonitoringPage({ canWrite }: { canWrite: boolean }) {
  const tab = useTab(TABS.map((t) => t.value));
  return (
    <>
      <PageHeader title="Monitoring" description="News from your sources, scored for relevance to your brand, competitors and keywords, and who gets mentioned." />
      <SectionTabs tabs={TABS} current={tab} label="Monitoring sections" />
      {tab === 'news' && <NewsFeed />}
      {tab === 'mentions' && (
        <div className="flex flex-col gap-6">
          <ShareOfVoiceChart />
          <MentionsPanel />
        </div>
      )}
      {tab === 'sources' && <SourcesPanel canWrite={canWrite} />}
      {tab === 'settings' && (
        <div className="flex flex-col gap-6">
          <WatchSettingsPanel canWrite={canWrite} />
          <DigestPanel />
        </div>
      )}
    </>
  );
}
