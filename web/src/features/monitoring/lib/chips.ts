/** Chip inputs: what one typed entry adds to a list. */

/** Entries split on commas and new lines, trimmed, without blanks or case-insensitive repeats of what is there. */
export function addChips(current: string[], typed: string, max = 100): string[] {
  const seen = new Set(current.map((c) => c.toLowerCase()));
  const next = [...current];
  for (const raw of typed.split(/[,\n]/)) {
    const v = raw.trim().slice(0, max);
    if (!v || seen.has(v.toLowerCase())) continue;
    seen.add(v.toLowerCase());
    next.push(v);
  }
  return next;
}

export function removeChip(current: string[], value: string): string[] {
  return current.filter((c) => c !== value);
}
