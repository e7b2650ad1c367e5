/** The list shows each competitor's latest change: the changes come newest first. */
import type { ChangeSummary } from '@/lib/api/types';

export function latestChangeByCompetitor(changes: ChangeSummary[]): Map<string, ChangeSummary> {
  const latest = new Map<string, ChangeSummary>();
  for (const c of changes) {
    const seen = latest.get(c.competitor_id);
    if (!seen || Date.parse(c.created_at) > Date.parse(seen.created_at)) latest.set(c.competitor_id, c);
  }
  return latest;
}
