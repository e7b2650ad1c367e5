/** Query keys of the competitors feature: every key starts with `competitorsKey`, so one invalidation refreshes them all. */
export const competitorsKey = ['competitors'] as const;
export const competitorListKey = [...competitorsKey, 'list'] as const;
export const competitorKey = (id: string) => [...competitorsKey, 'detail', id] as const;
export const competitorPagesKey = (id: string) => [...competitorsKey, 'pages', id] as const;
export const competitorSnapshotsKey = (id: string) => [...competitorsKey, 'snapshots', id] as const;
export const competitorChangesKey = (id: string) => [...competitorsKey, 'changes', id] as const;
export const allChangesKey = [...competitorsKey, 'all-changes'] as const;
export const changeKey = (id: string) => [...competitorsKey, 'change', id] as const;
export const analysisKey = (brandId?: string) => [...competitorsKey, 'analysis', brandId ?? 'default'] as const;
