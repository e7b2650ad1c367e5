import { changeKindLabel, significanceLabel, significanceLevel, significanceText, significanceTone } from './significance';

describe('significance', () => {
  it('sorts values into major, notable and minor at 0.7 and 0.4', () => {
    expect([0, 0.39, 0.4, 0.69, 0.7, 1].map(significanceLevel)).toEqual(['minor', 'minor', 'notable', 'notable', 'major', 'major']);
    expect(significanceLabel(0.82)).toBe('Major');
    expect(significanceTone(0.82)).toBe('danger');
    expect(significanceTone(0.5)).toBe('warning');
    expect(significanceTone(0.1)).toBe('neutral');
  });

  it('reads as a sentence with the percentage, clamped to 0-100', () => {
    expect(significanceText(0.824)).toBe('Major change, significance 82%');
    expect(significanceText(1.4)).toBe('Major change, significance 100%');
    expect(significanceText(-1)).toBe('Minor change, significance 0%');
  });

  it('names the known kinds and makes unknown ones readable', () => {
    expect(changeKindLabel('call_to_action')).toBe('Call to action');
    expect(changeKindLabel('pricing')).toBe('Pricing');
    expect(changeKindLabel('social_profile')).toBe('Social profile');
  });
});
