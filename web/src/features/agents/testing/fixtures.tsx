import type { ReactElement } from 'react';
import { renderAtRoute } from '@/testing/render-at';

export const T0 = '2026-03-01T10:00:00Z';

export function brandSummary(id: string, name: string) {
  return { id, name, published_version: 1, published_at: T0, created_at: T0, updated_at: T0 };
}

export function brand(id: string, name: string, tone?: Record<string, number>) {
  return { ...brandSummary(id, name), has_unpublished_changes: false, draft: { name, voice: tone ? { tone } : {} } };
}

export function persona(id: string, name: string) {
  return { id, brand_id: 'b1', name, buying_stage: 'awareness', details: {}, asset_count: 0, created_at: T0, updated_at: T0 };
}

export function item(id: string, channel: string, state: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    run_id: 'r1',
    brand_id: 'b1',
    agent: 'social',
    channel,
    state,
    title: `${channel} post`,
    approval_step: 0,
    approval_steps: 1,
    variant_count: state === 'awaiting_review' ? 2 : 0,
    fallback_used: false,
    created_at: T0,
    updated_at: T0,
    ...extra,
  };
}

export function run(status: string, items: ReturnType<typeof item>[], extra: Record<string, unknown> = {}) {
  const done = items.filter((i) => i.state === 'awaiting_review').length;
  return { id: 'r1', brand_id: 'b1', status, total: items.length, done, credits_reserved: 10, credits_charged: 0, words: 0, created_at: T0, items, ...extra };
}

/** Renders `ui` at `route`, by default the brief page. */
export function renderAt(ui: ReactElement, { route = '/create', path = '/create' }: { route?: string; path?: string } = {}) {
  return renderAtRoute(ui, { route, path });
}
