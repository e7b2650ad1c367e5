/** Audit severities: their order, names and colours, and counts read from a crawl. */
import type { BadgeTone } from '@/components/ui/badge';

export type Severity = 'critical' | 'warning' | 'notice';

export const SEVERITIES: { value: Severity; label: string; plural: string; tone: BadgeTone }[] = [
  { value: 'critical', label: 'Critical', plural: 'critical', tone: 'danger' },
  { value: 'warning', label: 'Warning', plural: 'warnings', tone: 'warning' },
  { value: 'notice', label: 'Notice', plural: 'notices', tone: 'neutral' },
];

export function severityInfo(s: string) {
  return SEVERITIES.find((x) => x.value === s) ?? { value: s as Severity, label: s, plural: s, tone: 'neutral' as BadgeTone };
}

/** Higher first: critical, then warning, then notice, then anything unknown. */
export function severityRank(s: string): number {
  const i = SEVERITIES.findIndex((x) => x.value === s);
  return i === -1 ? SEVERITIES.length : i;
}

export type SeverityCounts = { critical: number; warnings: number; notices: number };

/** One entry per severity, with its count and a phrase such as "3 critical" or "1 warning". */
export function severityCounts(c: SeverityCounts): { severity: Severity; count: number; text: string; tone: BadgeTone }[] {
  const counts: Record<Severity, number> = { critical: c.critical, warning: c.warnings, notice: c.notices };
  return SEVERITIES.map((s) => {
    const n = counts[s.value];
    const noun = s.value === 'critical' ? 'critical' : n === 1 ? s.value : s.plural;
    return { severity: s.value, count: n, text: `${n.toLocaleString('en')} ${noun}`, tone: s.tone };
  });
}

/** "No issues", or the non-zero severities joined: "2 critical, 5 warnings". */
export function severitySummary(c: SeverityCounts): string {
  const parts = severityCounts(c).filter((x) => x.count > 0);
  return parts.length === 0 ? 'No issues' : parts.map((x) => x.text).join(', ');
}

/** The tone a health score reads with: good from 80, fair from 50. */
export function healthTone(score: number | null | undefined): 'success' | 'warning' | 'danger' | 'neutral' {
  if (score == null) return 'neutral';
  if (score >= 80) return 'success';
  if (score >= 50) return 'warning';
  return 'danger';
}

export function healthLabel(score: number | null | undefined): string {
  const tone = healthTone(score);
  return { success: 'Good', warning: 'Needs work', danger: 'Poor', neutral: 'Not scored yet' }[tone];
}
