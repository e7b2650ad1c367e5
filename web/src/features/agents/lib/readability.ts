/** Readability figures from a compliance result; the document types them as a plain object. */

export type ReadabilityFigure = { key: string; label: string; value: string; hint?: string };

const FIGURES: { key: string; label: string; digits: number; hint?: string }[] = [
  { key: 'words', label: 'Words', digits: 0 },
  { key: 'sentences', label: 'Sentences', digits: 0 },
  { key: 'avg_sentence_words', label: 'Words per sentence', digits: 1 },
  { key: 'flesch_reading_ease', label: 'Flesch reading ease', digits: 0, hint: 'Higher is easier; 60-70 reads as plain English.' },
  { key: 'flesch_kincaid_grade', label: 'Flesch-Kincaid grade', digits: 1, hint: 'US school grade needed to follow the text.' },
  { key: 'gunning_fog', label: 'Gunning fog', digits: 1, hint: 'Years of schooling; under 12 suits a wide audience.' },
  { key: 'smog', label: 'SMOG', digits: 1 },
  { key: 'coleman_liau', label: 'Coleman-Liau', digits: 1 },
  { key: 'automated_readability', label: 'Automated readability', digits: 1 },
];

export function readabilityFigures(value: unknown): ReadabilityFigure[] {
  if (typeof value !== 'object' || value === null) return [];
  const r = value as Record<string, unknown>;
  return FIGURES.flatMap((f) => {
    const v = r[f.key];
    if (typeof v !== 'number' || !Number.isFinite(v)) return [];
    return [{ key: f.key, label: f.label, value: v.toFixed(f.digits), hint: f.hint }];
  });
}
