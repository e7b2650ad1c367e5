import { estimateCredits, itemCount } from './credit-estimate';

describe('estimateCredits', () => {
  it('matches the server for one channel and two variants: 700 words start one thousand', () => {
    expect(estimateCredits({ channels: ['x'], personas: 0, variants: 2, emailSequenceLength: 1 })).toEqual({ items: 1, words: 700, credits: 5 });
  });

  it('charges per started thousand words across agents', () => {
    // The server's own test case: X and a blog post, two variants → (350 + 1600) × 2 = 3,900 words.
    expect(estimateCredits({ channels: ['x', 'blog'], personas: 0, variants: 2, emailSequenceLength: 1 })).toEqual({ items: 2, words: 3900, credits: 20 });
  });

  it('counts an email once per email of the sequence and every channel once per persona', () => {
    // (LinkedIn 350 + 3 emails × 450) × 2 personas × 1 variant = 3,400 words.
    const e = estimateCredits({ channels: ['linkedin', 'email'], personas: 2, variants: 1, emailSequenceLength: 3 });
    expect(e).toEqual({ items: 8, words: 3400, credits: 20 });
  });

  it('ignores the sequence length when email is not chosen', () => {
    expect(estimateCredits({ channels: ['google_rsa', 'meta_ad'], personas: 0, variants: 5, emailSequenceLength: 6 })).toEqual({ items: 2, words: 3000, credits: 15 });
  });

  it('uses the price the server reports', () => {
    expect(estimateCredits({ channels: ['blog'], personas: 1, variants: 1, emailSequenceLength: 1, creditsPer1000: 7 }).credits).toBe(14);
  });

  it('costs nothing without channels', () => {
    expect(estimateCredits({ channels: [], personas: 3, variants: 2, emailSequenceLength: 2 })).toEqual({ items: 0, words: 0, credits: 0 });
  });

  it('the journey brief: LinkedIn, X, Instagram, a search ad and a two-email sequence', () => {
    const e = estimateCredits({ channels: ['linkedin', 'x', 'instagram', 'google_rsa', 'email'], personas: 0, variants: 2, emailSequenceLength: 2 });
    // (3 × 350 + 300 + 2 × 450) × 2 = 4,500 words → 5 started thousands.
    expect(e).toEqual({ items: 6, words: 4500, credits: 25 });
  });
});

describe('itemCount', () => {
  it('treats no personas as one audience', () => {
    expect(itemCount(['x', 'linkedin'], 0, 1)).toBe(2);
    expect(itemCount(['x', 'linkedin'], 3, 1)).toBe(6);
  });
});
