/** How intents and recommended content types read in the interface. */
import type { BadgeTone } from '@/components/ui/badge';
import type { ContentType, Intent } from '@/lib/api/types';

export const INTENTS: { value: Intent; label: string; tone: BadgeTone; description: string }[] = [
  { value: 'informational', label: 'Informational', tone: 'primary', description: 'Wants to learn something' },
  { value: 'commercial', label: 'Commercial', tone: 'coral', description: 'Compares options before buying' },
  { value: 'transactional', label: 'Transactional', tone: 'success', description: 'Ready to buy or sign up' },
  { value: 'navigational', label: 'Navigational', tone: 'neutral', description: 'Looks for a brand or page' },
];

export function intentInfo(intent: string) {
  return INTENTS.find((i) => i.value === intent) ?? { value: intent as Intent, label: intent, tone: 'neutral' as BadgeTone, description: '' };
}

const CONTENT_TYPES: Record<ContentType, string> = {
  blog_post: 'Blog post',
  landing_page: 'Landing page',
  product_page: 'Product page',
  pricing_page: 'Pricing page',
  comparison_page: 'Comparison page',
  guide: 'Guide',
  faq: 'FAQ',
  social_post: 'Social post',
};

export function contentTypeLabel(t: string): string {
  return CONTENT_TYPES[t as ContentType] ?? t.replace(/_/g, ' ');
}
