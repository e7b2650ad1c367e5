import { describe, expect, it } from 'vitest';
import { disclaimerHint } from './disclaimer-hint';

describe('disclaimerHint', () => {
  it('says a disclaimer fits every format up to 90 characters', () => {
    expect(disclaimerHint('Terms apply.')).toMatch(/fits every format/);
    expect(disclaimerHint('x'.repeat(90))).toMatch(/fits every format/);
  });

  it('warns, while it is written, that a longer one cannot fit a Google search ad', () => {
    const hint = disclaimerHint('Savings depend on your roof, your usage and your utility rates; rebates are not guaranteed.');
    expect(hint).toMatch(/^91 characters: too long for a Google search ad description \(90\)/);
  });

  it('counts characters, not bytes', () => {
    expect(disclaimerHint('é'.repeat(90))).toMatch(/fits every format/);
  });
});
