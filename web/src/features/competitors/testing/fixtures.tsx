import { renderAtRoute } from '@/testing/render-at';
import type { ReactElement } from 'react';

export const T0 = '2026-03-01T10:00:00Z';

export function competitor(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name,
    website: `https://${name.toLowerCase()}.test/`,
    social: { x: null, linkedin: null, facebook: null, instagram: null, youtube: null, tiktok: null },
    schedule: 'weekly',
    next_snapshot_at: null,
    alert_threshold: 0.5,
    snapshot_status: null,
    snapshot_progress: null,
    snapshot_error: null,
    last_snapshot_at: null,
    pages: 0,
    created_at: T0,
    updated_at: T0,
    ...extra,
  };
}

export function change(id: string, competitorId: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    competitor_id: competitorId,
    competitor_name: 'Acme',
    page_id: 'p2',
    page_url: 'https://acme.test/pricing',
    page_kind: 'pricing',
    significance: 0.8,
    kind: 'pricing',
    summary: 'Pro plan price changed from $49/month to $59/month',
    alerted: true,
    created_at: T0,
    ...extra,
  };
}

export function snapshot(kind: string, extra: Record<string, unknown> = {}) {
  return {
    url: `https://acme.test/${kind === 'home' ? '' : kind}`,
    kind,
    title: 'Acme — ship faster',
    meta_description: null,
    headlines: ['Ship faster'],
    value_propositions: ['Set up in minutes'],
    calls_to_action: ['Start free trial'],
    plans: [],
    prices: [],
    technologies: [{ name: 'Stripe', category: 'payments' }],
    word_count: 420,
    main_text: '',
    footer_text: '',
    links_count: 3,
    ...extra,
  };
}

export function pageView(pageId: string, kind: string, snap: ReturnType<typeof snapshot> | null) {
  return { page_id: pageId, url: snap?.url ?? `https://acme.test/${kind}`, kind, snapshot_id: snap ? `s-${pageId}` : null, taken_at: snap ? T0 : null, snapshot: snap, last_error: null, last_error_at: null };
}

export const plan = (name: string, amount: number, text: string) => ({ name, price: { amount, currency: 'USD', text }, period: 'month', custom_pricing: false, features: ['Reports'] });


/** Renders `ui` at `route` with a catch-all that shows where the app navigated to. */
export function renderAt(ui: ReactElement, { route = '/competitors', path = '/competitors' }: { route?: string; path?: string } = {}) {
  return renderAtRoute(ui, { route, path });
}
