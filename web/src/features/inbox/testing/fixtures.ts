import type { Draft, ItemDetail, ItemSummary, Me, Review, Variant } from '@/lib/api/types';

export function review(over: Partial<Review> = {}): Review {
  return { score: 92, fits: true, parts: [], changes: [], violations: [], findings: [], reading_grade: 6.2, ...over };
}

export function variant(draft: Draft, over: Partial<Variant> = {}): Variant {
  return {
    position: 0,
    draft,
    review: review(),
    provider: 'builtin',
    model: 'composer 1.0.0',
    fallback_used: false,
    prompt_version: 'v1',
    words: 24,
    edited: false,
    updated_at: '2026-11-25T10:00:00Z',
    ...over,
  };
}

export function summary(over: Partial<ItemSummary> = {}): ItemSummary {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    run_id: null,
    brand_id: 'b1',
    persona_id: null,
    persona_name: null,
    agent: 'social',
    channel: 'x',
    state: 'awaiting_review',
    title: 'X post',
    campaign: 'Spring launch',
    assignee_id: null,
    sequence_index: null,
    chosen_variant: null,
    approval_step: 0,
    approval_steps: 1,
    variant_count: 2,
    best_score: 92,
    fallback_used: false,
    error: null,
    reject_reason: null,
    created_at: '2026-11-25T10:00:00Z',
    updated_at: '2026-11-25T10:00:00Z',
    ...over,
  };
}

export function detail(over: Partial<ItemDetail> = {}): ItemDetail {
  return {
    ...summary(),
    variants: [variant({ kind: 'social', text: 'Fresh beans, every week.', hashtags: [] })],
    events: [],
    can_approve: true,
    can_edit: true,
    can_override: true,
    can_regenerate: true,
    ...over,
  };
}

export function me(permissions: Me['permissions'] = ['org_read', 'content_write', 'content_approve']): Me {
  return {
    user: { id: 'u1', email: 'ada@example.com', name: 'Ada Lovelace', totp_enabled: false, created_at: '2026-11-01T00:00:00Z' },
    organization: { id: 'o1', name: 'Analytical Engines', slug: 'analytical-engines', plan: 'free', created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-01T00:00:00Z' },
    role: 'manager',
    permissions,
  };
}

export const brandSummary = { id: 'b1', name: 'Lunar Roasters', published_version: 1, created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-01T00:00:00Z' };
