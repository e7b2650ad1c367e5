import { emptyRuleForm, ruleErrorField, ruleToForm, toRuleInput, toRulePatch, validateRule } from './rule-form';

describe('alert rule form', () => {
  it('refuses a rule that matches nothing or goes nowhere', () => {
    const f = { ...emptyRuleForm(), name: 'Pricing', includeBrand: false, inApp: false };
    expect(validateRule(f)).toEqual({ keywords: expect.stringMatching(/match nothing/), channels: 'Choose at least one channel.' });
    expect(validateRule({ ...f, keywords: ['pricing'], email: true })).toEqual({});
  });

  it('builds the body with relevance from 0 to 1 and no sentiment for "any"', () => {
    const body = toRuleInput({ ...emptyRuleForm(), name: ' Pricing ', keywords: ['price'], minRelevance: 55, webhook: true });
    expect(body).toMatchObject({ name: 'Pricing', min_relevance: 0.55, sentiment: null, channels: { in_app: true, email: false, webhook: true } });
    expect(toRulePatch({ ...emptyRuleForm(), name: 'x' })).toMatchObject({ sentiment_any: true });
    expect(toRulePatch({ ...emptyRuleForm(), name: 'x', sentiment: 'negative' })).toMatchObject({ sentiment: 'negative' });
  });

  it('round-trips a rule into the form', () => {
    const f = ruleToForm({
      id: 'r1', name: 'R', keywords: ['a'], competitors: ['Beta'], include_brand: false, min_relevance: 0.4, min_impact: 'high', sentiment: null,
      urgency: 'high', channels: { in_app: true, email: true, webhook: false }, enabled: false, created_at: '', updated_at: '',
    } as never);
    expect(f).toMatchObject({ minRelevance: 40, sentiment: 'any', email: true, enabled: false, competitors: ['Beta'] });
    expect(ruleErrorField('channels.email')).toBe('channels');
    expect(ruleErrorField('include_brand')).toBe('keywords');
  });
});
