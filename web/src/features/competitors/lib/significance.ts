/** How a change's significance (0 to 1) and kind read on screen. */
import type { BadgeTone } from '@/components/ui/badge';

export type SignificanceLevel = 'major' | 'notable' | 'minor';

/** Prices and plans weigh most on the server; 0.7 and above is a change worth acting on. */
export function significanceLevel(value: number): SignificanceLevel {
  if (value >= 0.7) return 'major';
  if (value >= 0.4) return 'notable';
  return 'minor';
}

const LEVELS: Record<SignificanceLevel, { label: string; tone: BadgeTone; bar: string }> = {
  major: { label: 'Major', tone: 'danger', bar: 'bg-danger' },
  notable: { label: 'Notable', tone: 'warning', bar: 'bg-warning-ink' },
  minor: { label: 'Minor', tone: 'neutral', bar: 'bg-slate' },
};

export function significanceLabel(value: number): string {
  return LEVELS[significanceLevel(value)].label;
}

export function significanceTone(value: number): BadgeTone {
  return LEVELS[significanceLevel(value)].tone;
}

export function significanceBar(value: number): string {
  return LEVELS[significanceLevel(value)].bar;
}

/** "Major change, significance 82%" for screen readers and titles. */
export function significanceText(value: number): string {
  const pct = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return `${significanceLabel(value)} change, significance ${pct}%`;
}

const KINDS: Record<string, string> = {
  pricing: 'Pricing',
  plans: 'Plans',
  headline: 'Headline',
  messaging: 'Messaging',
  call_to_action: 'Call to action',
  technology: 'Technology',
  content: 'Content',
  footer: 'Footer',
  product: 'Product',
};

/** The server's snake_case kind as words; an unknown kind is still readable. */
export function changeKindLabel(kind: string): string {
  return KINDS[kind] ?? kind.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

const PAGE_KINDS: Record<string, string> = { home: 'Home', pricing: 'Pricing', product: 'Product', about: 'About', blog: 'Blog', other: 'Other' };

export function pageKindLabel(kind: string): string {
  return PAGE_KINDS[kind] ?? kind;
}
