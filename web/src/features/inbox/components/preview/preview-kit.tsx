import type { ReactNode } from 'react';
import type { Highlight } from '@/components/ui/highlighted-text';
import type { Channel } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { brandInitial, handleFor } from '@/features/inbox/lib/handle';

export type Device = 'desktop' | 'mobile';

/** Who the content is published as, for the mock-ups. */
export type PreviewBrand = { name: string; colour: string; links: string[] };

export const DEFAULT_COLOUR = '#106d7c';

export function handleOf(brand: PreviewBrand, channel: Channel): string {
  return handleFor(channel, brand.name, brand.links);
}

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
export function inkOn(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return '#ffffff';
  const n = parseInt(m[1], 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return l > 0.4 ? '#14222a' : '#ffffff';
}

export function BrandAvatar({ brand, className }: { brand: PreviewBrand; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn('inline-flex size-10 shrink-0 items-center justify-center rounded-full text-sm font-bold', className)}
      style={{ background: brand.colour, color: inkOn(brand.colour) }}
    >
      {brandInitial(brand.name)}
    </span>
  );
}

/** Where the image or video would go: the brand's colour with its name, at the network's ratio. */
export function MediaPlaceholder({ brand, ratio, label, className, children }: { brand: PreviewBrand; ratio: string; label: string; className?: string; children?: ReactNode }) {
  return (
    <div
      role="img"
      aria-label={label}
      className={cn('relative flex w-full items-center justify-center overflow-hidden', className)}
      style={{ aspectRatio: ratio, background: `linear-gradient(135deg, ${brand.colour}, ${brand.colour}cc)`, color: inkOn(brand.colour) }}
    >
      <span aria-hidden="true" className="px-4 text-center font-heading text-lg font-semibold opacity-90">
        {brand.name}
      </span>
      {children}
    </div>
  );
}

/** Text cut for a "…see more" fold, at a word boundary near `limit` characters. */
export function fold(text: string, limit: number): { shown: string; cut: boolean } {
  const chars = [...text];
  if (chars.length <= limit) return { shown: text, cut: false };
  let shown = chars.slice(0, limit).join('');
  const space = shown.lastIndexOf(' ');
  if (space > limit * 0.6) shown = shown.slice(0, space);
  return { shown: shown.trimEnd(), cut: true };
}

/** Highlights that apply when a field's text is shown unchanged from the draft. */
export type FieldHighlights = (field: string) => Highlight[];

export const noHighlights: FieldHighlights = () => [];
