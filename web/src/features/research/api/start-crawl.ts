import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CrawlSummary } from '@/lib/api/types';
import { crawlKey, crawlsKey, siteKey, sitesKey } from './keys';

/** Queues a crawl; the server answers 409 `research.crawl_running` while one is under way. */
export function startCrawl(siteId: string): Promise<CrawlSummary> {
  return unwrap(api.POST('/api/v1/research/sites/{id}/crawls', { params: { path: { id: siteId } } }));
}

export function useStartCrawl(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => startCrawl(siteId),
    onSuccess: (crawl) => {
      queryClient.setQueryData(crawlKey(crawl.id), crawl);
      void queryClient.invalidateQueries({ queryKey: siteKey(siteId) });
      void queryClient.invalidateQueries({ queryKey: crawlsKey(siteId) });
      void queryClient.invalidateQueries({ queryKey: sitesKey, exact: true });
    },
  });
}
