import type { ReactElement } from 'react';
import { renderAtRoute } from '@/testing/render-at';

export const T0 = '2026-03-01T10:00:00Z';

export function crawl(id: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    site_id: 's1',
    status,
    trigger: 'manual',
    max_pages: 500,
    progress: null,
    pages_crawled: 0,
    issues_count: 0,
    critical: 0,
    warnings: 0,
    notices: 0,
    health_score: null,
    stopped: null,
    error: null,
    created_at: T0,
    started_at: T0,
    finished_at: status === 'succeeded' ? T0 : null,
    ...extra,
  };
}

export function site(id: string, name: string, lastCrawl: ReturnType<typeof crawl> | null, extra: Record<string, unknown> = {}) {
  return { id, name, url: `https://${name.toLowerCase()}.test/`, schedule: 'weekly', max_pages: 500, next_crawl_at: null, last_crawl: lastCrawl, created_at: T0, ...extra };
}

export function check(id: string, title: string, severity: string, affected: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    title,
    category: 'links',
    severity,
    explanation: `${title} hurts.`,
    fix: `Fix the ${title.toLowerCase()}.`,
    affected,
    share: affected / 40,
    priority: affected,
    urls: Array.from({ length: affected }, (_, i) => `https://acme.test/p${i}`),
    ...extra,
  };
}

/** Renders `ui` at `route`, by default the research page. */
export function renderAt(ui: ReactElement, { route = '/research', path = '/research' }: { route?: string; path?: string } = {}) {
  return renderAtRoute(ui, { route, path });
}
