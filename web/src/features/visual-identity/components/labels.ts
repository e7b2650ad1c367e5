import type { ColourRole, FontRole, LogoVariant } from '@/lib/api/types';

export const COLOUR_ROLES: { value: ColourRole; label: string }[] = [
  { value: 'primary', label: 'Primary' },
  { value: 'secondary', label: 'Secondary' },
  { value: 'accent', label: 'Accent' },
  { value: 'supporting', label: 'Supporting' },
  { value: 'text', label: 'Text' },
  { value: 'background', label: 'Background' },
  { value: 'success', label: 'Success' },
  { value: 'warning', label: 'Warning' },
  { value: 'error', label: 'Error' },
];

export function roleLabel(role: ColourRole): string {
  return COLOUR_ROLES.find((r) => r.value === role)?.label ?? role;
}

/** "Teal (Primary)", or just "Primary" when the colour has no name. */
export function colourLabel(c: { role: ColourRole; name?: string | null }): string {
  const name = c.name?.trim();
  return name ? `${name} (${roleLabel(c.role)})` : roleLabel(c.role);
}

export const FONT_ROLES: { value: FontRole; label: string }[] = [
  { value: 'heading', label: 'Headings' },
  { value: 'body', label: 'Body text' },
  { value: 'accent', label: 'Accent' },
  { value: 'monospace', label: 'Monospace' },
];

export const LOGO_VARIANTS: { value: LogoVariant; label: string; hint: string }[] = [
  { value: 'primary', label: 'Primary logo', hint: 'The full logo, used by default.' },
  { value: 'wordmark', label: 'Wordmark', hint: 'The name set in type, without the symbol.' },
  { value: 'symbol', label: 'Symbol', hint: 'The mark alone: avatars, favicons, small spaces.' },
  { value: 'mono_light', label: 'Mono light', hint: 'One colour, for dark backgrounds.' },
  { value: 'mono_dark', label: 'Mono dark', hint: 'One colour, for light backgrounds.' },
];

export function variantLabel(v: LogoVariant): string {
  return LOGO_VARIANTS.find((x) => x.value === v)?.label ?? v;
}
