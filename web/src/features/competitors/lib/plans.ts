/** A plan's price as shown: "$49/month", "Free", "Custom" or "—". */
import type { CompetitorPlan } from '@/lib/api/types';

const PERIOD: Record<string, string> = { month: '/month', year: '/year', one_time: ' once' };

export function planPrice(p: CompetitorPlan): string {
  if (p.custom_pricing && !p.price) return 'Custom';
  if (!p.price) return '—';
  if (p.price.amount === 0) return 'Free';
  const text = p.price.text || `${p.price.currency} ${p.price.amount}`;
  // The period is added unless the page wrote it with the amount ("$49/mo").
  const period = p.period && !/[/]|per |month|year|mo\b|yr\b/i.test(text) ? (PERIOD[p.period] ?? '') : '';
  return `${text}${period}`;
}
