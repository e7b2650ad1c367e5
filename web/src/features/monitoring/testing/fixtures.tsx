import { renderAtRoute } from '@/testing/render-at';
import type { ReactElement } from 'react';

export const T0 = '2026-03-01T10:00:00Z';

export function mention(id: string, entity: string, label: string, sentiment: number, extra: Record<string, unknown> = {}) {
  return { id, item_id: 'i1', entity, kind: entity === 'Brandium' ? 'brand' : 'competitor', snippet: `${entity} was named here`, sentiment, label, published_at: T0, ...extra };
}

export function item(id: string, title: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    source_id: 'src1',
    url: `https://news.test/${id}`,
    title,
    summary: 'A summary.',
    published_at: T0,
    fetched_at: T0,
    relevance: 0.72,
    category: 'pricing',
    impact: 'high',
    matched_keywords: ['pricing'],
    story_id: id,
    mentions: [],
    ...extra,
  };
}

export function source(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name,
    url: `https://news.test/${id}.xml`,
    kind: 'rss',
    schedule_minutes: 60,
    next_poll_at: T0,
    last_polled_at: null,
    last_status: null,
    last_error: null,
    item_count: 0,
    enabled: true,
    created_at: T0,
    ...extra,
  };
}

export function alert(id: string, title: string, extra: Record<string, unknown> = {}) {
  return { id, kind: 'competitor_change', title, body: 'Pro plan price changed', url: '/competitors/c1?change=ch1', priority: 80, urgency: 'high', rule_id: null, created_at: T0, read_at: null, ...extra };
}


/** Renders `ui` at `route` with a catch-all that shows where the app navigated to. */
export function renderAt(ui: ReactElement, { route = '/monitoring', path = '/monitoring' }: { route?: string; path?: string } = {}) {
  return renderAtRoute(ui, { route, path });
}
