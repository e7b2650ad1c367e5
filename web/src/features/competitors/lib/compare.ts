/**
 * The side-by-side comparison: each competitor's positioning read from its latest snapshots, and the
 * messaging terms we share with them, they use and we do not (gaps), and we use alone (strengths).
 */
import type { BrandProfile, CompetitorPlan, PageSnapshotView } from '@/lib/api/types';
import { planPrice } from './plans';

export type Positioning = {
  headline: string;
  valueProps: string[];
  ctas: string[];
  entryPrice: string | null;
  plans: CompetitorPlan[];
  technologies: string[];
};

const LIMIT = 6;

function unique(values: string[], limit = LIMIT): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values.map((x) => x.trim()).filter(Boolean)) {
    const key = v.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
    if (out.length >= limit) break;
  }
  return out;
}

/** The home page speaks for the company, the pricing page for its plans; other pages fill the gaps. */
export function competitorPositioning(views: PageSnapshotView[]): Positioning {
  const read = views.filter((v) => v.snapshot);
  const order = (k: string) => (k === 'home' ? 0 : k === 'pricing' ? 1 : 2);
  const sorted = [...read].sort((a, b) => order(a.kind) - order(b.kind));
  const snaps = sorted.map((v) => v.snapshot!);
  const home = sorted.find((v) => v.kind === 'home')?.snapshot ?? snaps[0];
  const plans = snaps.flatMap((s) => s.plans);
  const paid = plans.filter((p) => p.price && p.price.amount > 0).sort((a, b) => (a.price?.amount ?? 0) - (b.price?.amount ?? 0));
  const free = plans.some((p) => p.price && p.price.amount === 0);
  return {
    headline: home ? (home.headlines[0] ?? home.title) : '',
    valueProps: unique(snaps.flatMap((s) => s.value_propositions)),
    ctas: unique(snaps.flatMap((s) => s.calls_to_action)),
    entryPrice: free ? 'Free' : paid[0] ? planPrice(paid[0]) : null,
    plans: plans.filter((p, i) => plans.findIndex((q) => q.name === p.name) === i),
    technologies: unique(
      snaps.flatMap((s) => s.technologies.map((t) => t.name)),
      30,
    ),
  };
}

export function brandPositioning(p: BrandProfile | null): Positioning {
  if (!p) return { headline: '', valueProps: [], ctas: [], entryPrice: null, plans: [], technologies: [] };
  return {
    headline: p.tagline || p.positioning.differentiator || '',
    valueProps: unique([...p.value_propositions, ...p.messaging_pillars.map((m) => m.title)]),
    ctas: [],
    entryPrice: null,
    plans: [],
    technologies: [],
  };
}

const STOP = new Set(
  'about after again also among an and any are because been before being both but can could does doing down each from further have having here into just more most much only other over same should some such than that their them then there these they this those through under until very what when where which while with would your yours ours our you we get all out one now new use using free plan plans month year start today more best every make made way across book build since whole team teams turns help helps'.split(
    ' ',
  ),
);

/** Lowercase words of four letters or more, without the common ones. */
export function termsOf(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    for (const w of t.toLowerCase().match(/\p{L}[\p{L}\p{N}-]{3,}/gu) ?? []) {
      if (!STOP.has(w)) out.add(w);
    }
  }
  return out;
}

export function positioningTexts(p: Positioning): string[] {
  return [p.headline, ...p.valueProps, ...p.ctas];
}

export type TermComparison = {
  /** Ours and at least one competitor's. */
  shared: string[];
  /** Used by competitors, not by us: with how many use it. */
  gaps: { term: string; competitors: string[] }[];
  /** Ours alone: what sets us apart. */
  strengths: string[];
};

/** Company names say nothing about positioning: the words of every name are left out. */
export function compareTerms(ours: Set<string>, theirs: { name: string; terms: Set<string> }[], names: string[] = []): TermComparison {
  const skip = termsOf(names);
  ours = new Set([...ours].filter((t) => !skip.has(t)));
  const usedBy = new Map<string, string[]>();
  for (const c of theirs) for (const t of c.terms) if (!skip.has(t)) usedBy.set(t, [...(usedBy.get(t) ?? []), c.name]);
  const shared = [...ours].filter((t) => usedBy.has(t)).sort();
  const gaps = [...usedBy.entries()]
    .filter(([t]) => !ours.has(t))
    .map(([term, competitors]) => ({ term, competitors }))
    .sort((a, b) => b.competitors.length - a.competitors.length || a.term.localeCompare(b.term));
  const strengths = [...ours].filter((t) => !usedBy.has(t)).sort();
  return { shared, gaps, strengths };
}
