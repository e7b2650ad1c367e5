import { brandPositioning, compareTerms, competitorPositioning, termsOf } from './compare';

const snap = (over: Record<string, unknown>) => ({
  url: 'https://acme.test/',
  kind: 'home',
  title: 'Acme',
  meta_description: null,
  headlines: [],
  value_propositions: [],
  calls_to_action: [],
  plans: [],
  prices: [],
  technologies: [],
  word_count: 10,
  main_text: '',
  footer_text: '',
  links_count: 0,
  ...over,
});
const view = (kind: string, s: Record<string, unknown> | null) => ({ page_id: kind, url: `https://acme.test/${kind}`, kind, snapshot_id: null, taken_at: null, snapshot: s && snap({ kind, ...s }), last_error: null, last_error_at: null });
const plan = (name: string, amount: number, text: string) => ({ name, price: { amount, currency: 'USD', text }, period: 'month', custom_pricing: false, features: [] });

describe('competitorPositioning', () => {
  it('takes the headline from the home page, the cheapest paid plan as entry price, and merges the rest', () => {
    const p = competitorPositioning([
      view('pricing', { plans: [plan('Pro', 49, '$49/month'), plan('Starter', 19, '$19/month')], calls_to_action: ['Start trial'], technologies: [{ name: 'Stripe', category: 'payments' }] }),
      view('home', { headlines: ['Ship faster'], value_propositions: ['Fast setup', 'fast setup', 'No code'], calls_to_action: ['Start trial', 'Book a demo'] }),
      view('about', null),
    ] as never);
    expect(p.headline).toBe('Ship faster');
    expect(p.entryPrice).toBe('$19/month');
    expect(p.valueProps).toEqual(['Fast setup', 'No code']);
    expect(p.ctas).toEqual(['Start trial', 'Book a demo']);
    expect(p.plans.map((x) => x.name)).toEqual(['Pro', 'Starter']);
    expect(p.technologies).toEqual(['Stripe']);
  });

  it('says Free when a plan costs nothing, and nothing without snapshots', () => {
    expect(competitorPositioning([view('pricing', { plans: [plan('Free', 0, '$0'), plan('Pro', 9, '$9')] })] as never).entryPrice).toBe('Free');
    expect(competitorPositioning([]).headline).toBe('');
  });
});

describe('terms', () => {
  it('keeps meaningful words only', () => {
    expect([...termsOf(['Automate your marketing with AI', 'The best analytics'])]).toEqual(['automate', 'marketing', 'analytics']);
  });

  it('splits shared terms, gaps by how many competitors use them, and our own strengths', () => {
    const r = compareTerms(new Set(['marketing', 'brand']), [
      { name: 'Acme', terms: new Set(['marketing', 'analytics']) },
      { name: 'Beta', terms: new Set(['analytics', 'automation']) },
    ]);
    expect(r.shared).toEqual(['marketing']);
    expect(r.gaps).toEqual([
      { term: 'analytics', competitors: ['Acme', 'Beta'] },
      { term: 'automation', competitors: ['Beta'] },
    ]);
    expect(r.strengths).toEqual(['brand']);
    // Names are not positioning: "Acme" in Acme's own copy is no gap.
    const named = compareTerms(new Set(['brandium']), [{ name: 'Acme Analytics', terms: new Set(['acme', 'analytics', 'automation']) }], ['Brandium', 'Acme Analytics']);
    expect(named).toEqual({ shared: [], gaps: [{ term: 'automation', competitors: ['Acme Analytics'] }], strengths: [] });
  });

  it('reads our brand profile', () => {
    const p = brandPositioning({ tagline: '', positioning: { differentiator: 'Only one' }, value_propositions: ['A'], messaging_pillars: [{ title: 'B', description: '' }] } as never);
    expect(p).toMatchObject({ headline: 'Only one', valueProps: ['A', 'B'] });
    expect(brandPositioning(null)).toMatchObject({ headline: '', valueProps: [] });
  });
});
