import { describe, expect, it } from 'vitest';
import { hexToRgb, labelColour, normalizeHex, notations } from './colour';

describe('colour notations', () => {
  it('normalizes hex input', () => {
    expect(normalizeHex('abc')).toBe('#AABBCC');
    expect(normalizeHex(' #106d7c ')).toBe('#106D7C');
    expect(normalizeHex('#12345')).toBeNull();
    expect(normalizeHex('teal')).toBeNull();
  });

  it('converts to rgb, hsl and cmyk', () => {
    expect(hexToRgb('#106D7C')).toEqual({ r: 16, g: 109, b: 124 });
    expect(notations('#FF0000')).toEqual({ hex: '#FF0000', rgb: '255, 0, 0', hsl: '0°, 100%, 50%', cmyk: '0, 100, 100, 0' });
    expect(notations('#000')?.cmyk).toBe('0, 0, 0, 100');
    expect(notations('#808080')?.hsl).toBe('0°, 0%, 50.2%');
  });

  it('picks a readable label colour', () => {
    expect(labelColour('#106D7C')).toBe('#FFFFFF');
    expect(labelColour('#FFF1ED')).toBe('#111827');
  });
});
