import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CrawlSummary } from '@/lib/api/types';
import { crawlKey, crawlsKey, siteKey } from './keys';

/** A queued crawl ends at once; a running one stops after the fetches in flight and keeps what it found. */
export function cancelCrawl(id: string): Promise<CrawlSummary> {
  return unwrap(api.POST('/api/v1/crawls/{id}/cancel', { params: { path: { id } } }));
}

export function useCancelCrawl(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelCrawl,
    onSuccess: (crawl) => {
      queryClient.setQueryData(crawlKey(crawl.id), crawl);
      void queryClient.invalidateQueries({ queryKey: siteKey(siteId) });
      void queryClient.invalidateQueries({ queryKey: crawlsKey(siteId) });
    },
  });
}
