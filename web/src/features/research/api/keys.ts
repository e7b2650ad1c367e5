/** Query keys of the research feature: every key starts with `researchKey`, so one invalidation refreshes them all. */
export const researchKey = ['research'] as const;
export const sitesKey = [...researchKey, 'sites'] as const;
export const siteKey = (id: string) => [...sitesKey, 'detail', id] as const;
export const crawlsKey = (siteId: string) => [...sitesKey, 'crawls', siteId] as const;
export const trendKey = (siteId: string) => [...sitesKey, 'trend', siteId] as const;
export const crawlKey = (id: string) => [...researchKey, 'crawl', id] as const;
