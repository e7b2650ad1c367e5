import type { BrandProfile, ColourRole, FontRole, LogoVariant } from '@/lib/api/types';

/** What a person kept (and edited) of a capture's proposals. */
export type CaptureSelection = {
  name?: string;
  tagline?: string;
  /** The site's meta description, kept as the 25-word elevator pitch. */
  description?: string;
  colours: { hex: string; role: ColourRole }[];
  fonts: { family: string; role: FontRole }[];
  /** Logos already imported into the asset library. */
  logos: { variant: LogoVariant; assetId: string }[];
  headlines: string[];
  callsToAction: string[];
  /** Social profile addresses, added to the profile's list. */
  socialLinks?: string[];
};

export const EMPTY_SELECTION: CaptureSelection = { colours: [], fonts: [], logos: [], headlines: [], callsToAction: [] };

/** Roles a palette holds once; a captured colour for one of them replaces the current value. */
const SINGLE_ROLES: ColourRole[] = ['primary', 'secondary', 'accent', 'background', 'text', 'success', 'warning', 'error'];
const MAX_PALETTE = 40;
const MAX_EXAMPLES = 100;

function fallbackFor(role: FontRole): string {
  return role === 'monospace' ? 'ui-monospace, monospace' : 'system-ui, sans-serif';
}

/**
 * The draft with the selection merged in: single-role colours, font roles and logo variants
 * replace what the draft had, supporting colours and writing examples are added, and text fields
 * are overwritten only when the person kept them.
 */
export function mergeCapture(draft: BrandProfile, s: CaptureSelection): BrandProfile {
  const next = structuredClone(draft);
  if (s.name?.trim()) next.name = s.name.trim();
  if (s.tagline?.trim()) next.tagline = s.tagline.trim();
  if (s.description?.trim()) next.pitches = { ...next.pitches, words_25: s.description.trim() };

  const palette = [...(next.visual.palette ?? [])];
  for (const c of s.colours) {
    const existing = SINGLE_ROLES.includes(c.role) ? palette.findIndex((p) => p.role === c.role) : -1;
    if (existing >= 0) palette[existing] = { ...palette[existing], hex: c.hex };
    else if (!palette.some((p) => p.hex.toUpperCase() === c.hex.toUpperCase()) && palette.length < MAX_PALETTE) palette.push({ role: c.role, name: '', hex: c.hex });
  }
  next.visual.palette = palette;

  const families = [...(next.visual.typography.families ?? [])];
  for (const f of s.fonts) {
    const existing = families.findIndex((x) => x.role === f.role);
    if (existing >= 0) families[existing] = { ...families[existing], family: f.family };
    else families.push({ role: f.role, family: f.family, weights: [400, 700], fallback: fallbackFor(f.role) });
  }
  next.visual.typography = { ...next.visual.typography, families: families.slice(0, 10) };

  const logos = [...(next.visual.logos ?? [])];
  for (const l of s.logos) {
    const existing = logos.findIndex((x) => x.variant === l.variant);
    if (existing >= 0) logos[existing] = { variant: l.variant, asset_id: l.assetId };
    else logos.push({ variant: l.variant, asset_id: l.assetId });
  }
  next.visual.logos = logos.slice(0, 20);

  const examples = [...(next.voice.examples ?? [])];
  const add = (text: string, note: string) => {
    if (text.trim() && !examples.some((e) => e.text === text) && examples.length < MAX_EXAMPLES) examples.push({ text: text.trim(), good: true, note });
  };
  s.headlines.forEach((h) => add(h, 'Headline from the website'));
  s.callsToAction.forEach((c) => add(c, 'Call to action from the website'));
  next.voice = { ...next.voice, examples };

  const links = [...(next.social_links ?? [])];
  for (const l of s.socialLinks ?? []) if (!links.includes(l) && links.length < 30) links.push(l);
  next.social_links = links;
  return next;
}
