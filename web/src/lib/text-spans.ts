/**
 * The server reports text positions as UTF-8 byte offsets (Rust strings); the browser indexes
 * strings in UTF-16 code units. These helpers convert once, so highlights land on the right
 * characters in any script and around emoji.
 */

export type Span = { start: number; end: number };

/** UTF-16 index of every UTF-8 byte offset in `offsets` (offsets past the end clamp to it). */
export function byteOffsetsToIndices(text: string, offsets: number[]): number[] {
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  const found = new Map<number, number>();
  let bytes = 0;
  let next = 0;
  for (let i = 0; i < text.length && next < wanted.length; ) {
    while (next < wanted.length && wanted[next] <= bytes) found.set(wanted[next++], i);
    const cp = text.codePointAt(i) ?? 0;
    const units = cp > 0xffff ? 2 : 1;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += units;
  }
  return offsets.map((o) => found.get(o) ?? text.length);
}

export type Segment<T> = { text: string; marks: T[] };

/**
 * Splits `text` into runs, each with the marks covering it. Marks are given in UTF-8 byte
 * offsets; empty and out-of-range marks are ignored (whole-text findings are listed apart).
 */
export function segmentText<T extends Span>(text: string, marks: T[]): Segment<T>[] {
  const usable = marks.filter((m) => m.end > m.start);
  if (usable.length === 0) return [{ text, marks: [] }];
  const idx = byteOffsetsToIndices(
    text,
    usable.flatMap((m) => [m.start, m.end]),
  );
  const ranges = usable.map((m, k) => ({ mark: m, from: idx[2 * k], to: idx[2 * k + 1] })).filter((r) => r.to > r.from);
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.from, r.to])])].sort((a, b) => a - b);
  const out: Segment<T>[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const [from, to] = [cuts[c], cuts[c + 1]];
    if (to <= from) continue;
    out.push({ text: text.slice(from, to), marks: ranges.filter((r) => r.from <= from && r.to >= to).map((r) => r.mark) });
  }
  return out;
}
