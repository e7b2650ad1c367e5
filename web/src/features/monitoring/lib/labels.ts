/** How the monitoring enums read on screen: sentiment, category, impact, urgency, alert kinds. */
import type { BadgeTone } from '@/components/ui/badge';

export type Sentiment = 'positive' | 'neutral' | 'negative';

const SENTIMENT: Record<Sentiment, { label: string; tone: BadgeTone }> = {
  positive: { label: 'Positive', tone: 'success' },
  neutral: { label: 'Neutral', tone: 'neutral' },
  negative: { label: 'Negative', tone: 'danger' },
};

/** The server's label, or one read from the compound score (−1 to 1) with VADER's ±0.05 cut-offs. */
export function sentimentOf(label: string | null | undefined, score?: number): Sentiment {
  if (label === 'positive' || label === 'neutral' || label === 'negative') return label;
  if (score === undefined) return 'neutral';
  return score >= 0.05 ? 'positive' : score <= -0.05 ? 'negative' : 'neutral';
}

export function sentimentLabel(s: Sentiment): string {
  return SENTIMENT[s].label;
}

export function sentimentTone(s: Sentiment): BadgeTone {
  return SENTIMENT[s].tone;
}

/** "Positive (+0.62)" for the badge's title and screen readers. */
export function sentimentText(s: Sentiment, score: number): string {
  const signed = `${score > 0 ? '+' : score < 0 ? '−' : ''}${Math.abs(score).toFixed(2)}`;
  return `${sentimentLabel(s)} sentiment (${signed})`;
}

export const CATEGORIES = ['product', 'pricing', 'funding', 'partnership', 'people', 'legal', 'security', 'marketing', 'industry', 'other'] as const;
export const IMPACTS = ['high', 'medium', 'low'] as const;
export const URGENCIES = ['low', 'normal', 'high', 'critical'] as const;

export function words(value: string): string {
  return value.replace(/[_.]/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export function impactTone(impact: string): BadgeTone {
  return impact === 'high' ? 'danger' : impact === 'medium' ? 'warning' : 'neutral';
}

export function urgencyTone(urgency: string): BadgeTone {
  return urgency === 'critical' ? 'danger' : urgency === 'high' ? 'coral' : urgency === 'normal' ? 'primary' : 'neutral';
}

export function relevancePercent(relevance: number): string {
  return `${Math.round(Math.min(1, Math.max(0, relevance)) * 100)}%`;
}

/** Alert kinds are dotted (`competitor.change`, `news.item`): the first part tells where it came from. */
export function alertKindLabel(kind: string): string {
  const known: Record<string, string> = {
    'competitor.change': 'Competitor change',
    competitor_change: 'Competitor change',
    'news.item': 'News',
    news: 'News',
    mention: 'Mention',
    'brand.mention': 'Brand mention',
  };
  return known[kind] ?? words(kind);
}

/** An alert's link: our own pages stay in the app, others open in a new tab. */
export function alertLink(url: string | null | undefined): { to: string; internal: boolean } | null {
  if (!url) return null;
  if (url.startsWith('/')) return { to: url, internal: true };
  return { to: url, internal: false };
}
