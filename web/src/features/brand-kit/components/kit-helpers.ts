import type { BrandKit, KitColour, KitSource } from '@/lib/api/types';

/** The colour that carries the brand on the page: primary, else the first of the palette. */
export function accentOf(kit: BrandKit): KitColour | undefined {
  return kit.palette.find((c) => c.role === 'primary') ?? kit.palette[0];
}

/** The font stack of a role, falling back to body, then to nothing (the page font). */
export function fontFor(kit: BrandKit, role: 'heading' | 'body'): string | undefined {
  const families = kit.typography.families;
  return (families.find((f) => f.role === role) ?? families.find((f) => f.role === 'body'))?.stack;
}

/** Headings of the scale are set in the heading face; body sizes in the body face. */
export function stepRole(token: string): 'heading' | 'body' {
  return /^(display|h\d|heading|title)/.test(token) ? 'heading' : 'body';
}

export function versionLine(kit: Pick<BrandKit, 'source' | 'version' | 'published_at'>, source: KitSource = kit.source): string {
  if (source === 'published' && kit.version != null) {
    const when = kit.published_at ? new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(kit.published_at)) : null;
    return when ? `Version ${kit.version}, published ${when}` : `Version ${kit.version}`;
  }
  return 'Draft, not yet published';
}

export function humanize(s: string): string {
  const t = s.replace(/[_-]+/g, ' ').trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export const ROLE_LABELS: Record<KitColour['role'], string> = {
  primary: 'Primary',
  secondary: 'Secondary',
  supporting: 'Supporting',
  text: 'Text',
  background: 'Background',
  accent: 'Accent',
  success: 'Success',
  warning: 'Warning',
  error: 'Error',
};

/** "For X who Y, Acme is a Z that W. Unlike V, we U." from the parts that were written. */
export function positioningSentence(name: string, p: BrandKit['profile']['positioning']): string | null {
  const t = (s: string) => s.trim().replace(/\.$/, '');
  const [target, need, category, benefit, alternative, differentiator] = [p.target, p.need, p.category, p.benefit, p.alternative, p.differentiator].map(t);
  if (!target && !category && !benefit && !differentiator) return null;
  let s = '';
  if (target) s += `For ${target}${need ? ` who ${need}` : ''}, `;
  const subject = name.trim() || 'our product';
  if (category) s += `${subject} is ${/^[aeiou]/i.test(category) ? 'an' : 'a'} ${category}${benefit ? ` that ${benefit}` : ''}`;
  else if (benefit) s += `${subject} ${benefit}`;
  else s += subject;
  s += '.';
  if (differentiator) s += alternative ? ` Unlike ${alternative}, we ${differentiator}.` : ` We ${differentiator}.`;
  return s.charAt(0).toUpperCase() + s.slice(1);
}
