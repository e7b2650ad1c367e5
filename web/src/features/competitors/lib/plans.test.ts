import { planPrice } from './plans';

const plan = (price: { amount: number; currency: string; text: string } | null, period: string | null, custom = false) => ({ name: 'P', price, period, custom_pricing: custom, features: [] }) as never;

describe('planPrice', () => {
  it('adds the billing period unless the page wrote one', () => {
    expect(planPrice(plan({ amount: 19, currency: 'USD', text: '$19' }, 'month'))).toBe('$19/month');
    expect(planPrice(plan({ amount: 190, currency: 'USD', text: '$190' }, 'year'))).toBe('$190/year');
    expect(planPrice(plan({ amount: 49, currency: 'USD', text: '$49/mo' }, 'month'))).toBe('$49/mo');
    expect(planPrice(plan({ amount: 49, currency: 'EUR', text: '' }, null))).toBe('EUR 49');
  });

  it('says Free, Custom or a dash', () => {
    expect(planPrice(plan({ amount: 0, currency: '', text: '$0' }, 'month'))).toBe('Free');
    expect(planPrice(plan(null, null, true))).toBe('Custom');
    expect(planPrice(plan(null, null))).toBe('—');
  });
});
