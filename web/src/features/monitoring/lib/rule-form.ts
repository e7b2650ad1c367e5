/** The alert rule form: its values, checks before the server, and the request body. */
import type { AlertRule, AlertRuleInput } from '@/lib/api/types';

export type RuleForm = {
  name: string;
  keywords: string[];
  competitors: string[];
  includeBrand: boolean;
  /** 0 to 100 on the slider. */
  minRelevance: number;
  minImpact: 'low' | 'medium' | 'high';
  sentiment: 'any' | 'positive' | 'neutral' | 'negative';
  urgency: 'low' | 'normal' | 'high' | 'critical';
  inApp: boolean;
  email: boolean;
  webhook: boolean;
  enabled: boolean;
};

export function emptyRuleForm(): RuleForm {
  return { name: '', keywords: [], competitors: [], includeBrand: true, minRelevance: 30, minImpact: 'low', sentiment: 'any', urgency: 'normal', inApp: true, email: false, webhook: false, enabled: true };
}

export function ruleToForm(r: AlertRule): RuleForm {
  return {
    name: r.name,
    keywords: r.keywords,
    competitors: r.competitors,
    includeBrand: r.include_brand,
    minRelevance: Math.round(r.min_relevance * 100),
    minImpact: r.min_impact,
    sentiment: r.sentiment ?? 'any',
    urgency: r.urgency,
    inApp: r.channels.in_app,
    email: r.channels.email,
    webhook: r.channels.webhook,
    enabled: r.enabled,
  };
}

export function validateRule(f: RuleForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!f.name.trim()) errors.name = 'Name the rule.';
  if (f.keywords.length === 0 && f.competitors.length === 0 && !f.includeBrand) errors.keywords = 'Add a keyword or a competitor, or include your brand: the rule would match nothing.';
  if (!f.inApp && !f.email && !f.webhook) errors.channels = 'Choose at least one channel.';
  return errors;
}

export function toRuleInput(f: RuleForm): AlertRuleInput {
  return {
    name: f.name.trim(),
    keywords: f.keywords,
    competitors: f.competitors,
    include_brand: f.includeBrand,
    min_relevance: f.minRelevance / 100,
    min_impact: f.minImpact,
    sentiment: f.sentiment === 'any' ? null : f.sentiment,
    urgency: f.urgency,
    channels: { in_app: f.inApp, email: f.email, webhook: f.webhook },
    enabled: f.enabled,
  };
}

/** A patch says "any sentiment" with `sentiment_any`, since a missing `sentiment` keeps the old one. */
export function toRulePatch(f: RuleForm) {
  const { sentiment, ...rest } = toRuleInput(f);
  return sentiment ? { ...rest, sentiment } : { ...rest, sentiment_any: true };
}

/** The server's `rule_matches_nothing` error belongs under the keywords. */
export function ruleErrorField(field: string): string {
  if (field.startsWith('channels')) return 'channels';
  if (['competitors', 'include_brand', 'rule'].includes(field) || field === '') return 'keywords';
  return field.split('.')[0];
}
