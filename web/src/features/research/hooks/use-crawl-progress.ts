import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { CrawlSummary } from '@/lib/api/types';
import { useLiveResource, type LiveMode, type LiveSource } from '@/lib/use-live-resource';
import { useCrawl } from '../api/get-crawl';
import { streamCrawlEvents } from '../api/crawl-events';
import { crawlKey, crawlsKey, siteKey, sitesKey, trendKey } from '../api/keys';
import { isFinished } from '../lib/crawl-status';

/** How the page learns about progress: the event stream, or polling every two seconds when the stream is not available. */
export type ProgressMode = LiveMode;

export const POLL_MS = 2000;

const crawlSource: LiveSource<CrawlSummary> = { stream: streamCrawlEvents, queryKey: crawlKey };

/**
 * A crawl that keeps itself up to date: every `progress` event replaces the cached crawl; when the
 * stream cannot be opened or breaks off before `done`, the crawl is polled until it finishes. When it
 * finishes, the site, its history and trend are refetched so the audit appears.
 */
export function useCrawlProgress(siteId: string, crawlId: string) {
  const queryClient = useQueryClient();
  const mode = useLiveResource(crawlId, crawlSource);
  const crawl = useCrawl(crawlId, mode === 'polling' ? POLL_MS : false);

  const finished = crawl.data ? isFinished(crawl.data.status) : false;
  useEffect(() => {
    if (!finished) return;
    void queryClient.invalidateQueries({ queryKey: siteKey(siteId) });
    void queryClient.invalidateQueries({ queryKey: crawlsKey(siteId) });
    void queryClient.invalidateQueries({ queryKey: trendKey(siteId) });
    void queryClient.invalidateQueries({ queryKey: sitesKey, exact: true });
  }, [finished, siteId, queryClient]);

  return { crawl, mode: finished ? ('finished' as const) : mode };
}
