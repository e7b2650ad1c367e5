/** Digest sections come as `[category, items]` pairs (a Rust tuple): named fields read better. */

export type DigestEntry = { title: string; url?: string | null; category: string; impact: string; relevance: number; published?: string | null };
export type DigestSection = { category: string; items: DigestEntry[] };

/** Pairs that are not `[string, array]` are dropped rather than shown half-read. */
export function digestSections(sections: readonly (readonly unknown[])[]): DigestSection[] {
  const out: DigestSection[] = [];
  for (const pair of sections) {
    const [category, items] = pair;
    if (typeof category === 'string' && Array.isArray(items)) out.push({ category, items: items as DigestEntry[] });
  }
  return out;
}
