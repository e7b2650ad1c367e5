import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isProblem } from '@/lib/api/problem';
import { useCrawl } from '../api/get-crawl';
import { streamCrawlEvents } from '../api/crawl-events';
import { crawlKey, crawlsKey, siteKey, sitesKey, trendKey } from '../api/keys';
import { isFinished } from '../lib/crawl-status';

/** How the page learns about progress: the event stream, or polling every two seconds when the stream is not available. */
export type ProgressMode = 'connecting' | 'live' | 'polling' | 'finished';

export const POLL_MS = 2000;

/**
 * A crawl that keeps itself up to date: every `progress` event replaces the cached crawl; when the
 * stream cannot be opened or breaks off before `done`, the crawl is polled until it finishes. When it
 * finishes, the site, its history and trend are refetched so the audit appears.
 */
export function useCrawlProgress(siteId: string, crawlId: string) {
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<ProgressMode>('connecting');
  const crawl = useCrawl(crawlId, mode === 'polling' ? POLL_MS : false);

  useEffect(() => {
    const ctrl = new AbortController();
    let active = true;
    streamCrawlEvents(
      crawlId,
      (c, final) => {
        if (!active) return;
        queryClient.setQueryData(crawlKey(crawlId), c);
        setMode(final ? 'finished' : 'live');
      },
      ctrl.signal,
    )
      .then((end) => {
        if (active && end === 'ended') setMode('polling');
      })
      .catch((e: unknown) => {
        if (!active) return;
        // A crawl that does not exist will not appear by polling; the query shows the error.
        setMode(isProblem(e, 'not_found') ? 'finished' : 'polling');
      });
    return () => {
      active = false;
      ctrl.abort();
    };
  }, [crawlId, queryClient]);

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
