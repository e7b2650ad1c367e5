import { Plus, Radar } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import { useSites } from '../api/get-sites';
import { AddSiteForm } from './add-site-form';
import { SiteCard } from './site-card';

function SitesSkeleton() {
  return (
    <div role="status" aria-label="Loading your sites" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {[0, 1, 2].map((i) => (
        <Card key={i} className="flex flex-col gap-4 p-5">
          <div className="flex items-center gap-4">
            <Skeleton className="size-14 rounded-full" />
            <div className="flex flex-1 flex-col gap-2">
              <Skeleton className="h-4 w-1/2" />
              <Skeleton className="h-3 w-3/4" />
            </div>
          </div>
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-3 w-full" />
        </Card>
      ))}
    </div>
  );
}

/** `/research`: the sites we audit, and the form to add one. */
export function SitesPage({ canWrite }: { canWrite: boolean }) {
  const sites = useSites();
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  const empty = sites.data?.items.length === 0;
  const showForm = canWrite && (adding || empty);

  return (
    <>
      <PageHeader
        title="Site audits"
        description="Crawl your website like a search engine does and get a prioritised list of technical SEO issues, with how to fix each one."
        actions={
          canWrite && !showForm && !sites.isPending ? (
            <Button onClick={() => setAdding(true)}>
              <Plus aria-hidden="true" />
              Add a site
            </Button>
          ) : undefined
        }
      />
      <div className="flex flex-col gap-6">
        {showForm && (
          <Card>
            <CardHeader>
              <CardTitle>Add a site</CardTitle>
              <CardDescription>Only public websites can be crawled. The crawl respects robots.txt.</CardDescription>
            </CardHeader>
            <CardContent>
              <AddSiteForm onCreated={(site) => navigate(`/research/sites/${site.id}`)} onCancel={empty ? undefined : () => setAdding(false)} />
            </CardContent>
          </Card>
        )}
        {sites.isPending ? (
          <SitesSkeleton />
        ) : sites.isError ? (
          <Card>
            <ErrorState message={errorMessage(sites.error)} onRetry={() => sites.refetch()} />
          </Card>
        ) : empty ? (
          <Card>
            <EmptyState icon={Radar} title="No site audited yet">
              An audit crawls your site page by page, up to the page budget, and runs dozens of checks: broken links, redirect chains, missing titles and
              descriptions, duplicate content, slow or heavy pages, pages blocked from search engines. You get a health score from 0 to 100, the issues
              ranked by impact with a fix for each, and the trend from one crawl to the next.
              {!canWrite && ' Ask a Creator, Manager or Admin to add your website.'}
            </EmptyState>
          </Card>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label="Sites">
            {sites.data.items.map((s) => (
              <li key={s.id} className="flex">
                <div className="flex w-full flex-col [&>*]:flex-1">
                  <SiteCard site={s} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
