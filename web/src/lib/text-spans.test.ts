import { describe, expect, it } from 'vitest';
import { byteOffsetsToIndices, segmentText } from './text-spans';

describe('byte offsets to string indices', () => {
  it('matches ASCII one to one', () => {
    expect(byteOffsetsToIndices('hello', [0, 2, 5, 9])).toEqual([0, 2, 5, 5]);
  });

  it('counts multi-byte characters and surrogate pairs', () => {
    // é is 2 bytes, 🚀 is 4 bytes and 2 UTF-16 units
    const text = 'café 🚀 go';
    expect(byteOffsetsToIndices(text, [3, 5, 6, 10, 11])).toEqual([3, 4, 5, 7, 8]);
  });
});

describe('segments', () => {
  it('splits around marks and keeps overlaps', () => {
    const text = 'Our cheap plan is the best.';
    const segs = segmentText(text, [
      { start: 4, end: 9, rule: 'banned_term' },
      { start: 4, end: 14, rule: 'other' },
      { start: 22, end: 26, rule: 'claim' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.find((s) => s.text === 'cheap')?.marks.map((m) => m.rule)).toEqual(['banned_term', 'other']);
    expect(segs.find((s) => s.text === ' plan')?.marks.map((m) => m.rule)).toEqual(['other']);
    expect(segs.find((s) => s.text === 'best')?.marks.map((m) => m.rule)).toEqual(['claim']);
  });

  it('places marks after emoji correctly', () => {
    const text = '🚀 cheap';
    const [plain, marked] = segmentText(text, [{ start: 5, end: 10 }]);
    expect(plain.text).toBe('🚀 ');
    expect(marked.text).toBe('cheap');
  });

  it('ignores whole-text and empty marks', () => {
    expect(segmentText('abc', [{ start: 0, end: 0 }])).toEqual([{ text: 'abc', marks: [] }]);
  });
});
