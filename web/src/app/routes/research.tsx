import { useParams } from 'react-router';
import { hasPermission } from '@/lib/auth/permissions';
import { useTitle } from '@/lib/use-title';
import { KeywordsPage } from '@/features/keywords/components/keywords-page';
import { SitePage } from '@/features/research/components/site-page';
import { SitesPage } from '@/features/research/components/sites-page';
import { useShell } from './shell-context';

/** `/research`: the sites we audit. */
export function ResearchRoute() {
  const { me } = useShell();
  useTitle('Site audits');
  return <SitesPage canWrite={hasPermission(me.permissions, 'content_write')} />;
}

/** `/research/sites/:siteId`: one site's crawl and audit. */
export function ResearchSiteRoute() {
  const { me } = useShell();
  const { siteId = '' } = useParams();
  useTitle('Site audit');
  return <SitePage key={siteId} siteId={siteId} canWrite={hasPermission(me.permissions, 'content_write')} />;
}

/** `/keywords`: the keyword map. */
export function KeywordsRoute() {
  const { me } = useShell();
  useTitle('Keywords');
  return <KeywordsPage canWrite={hasPermission(me.permissions, 'content_write')} />;
}
