import type { ReactNode } from 'react';
import type { BrandKit } from '@/lib/api/types';
import './style-guide.css';
import { KitColours } from './kit-colour';
import { KitCover } from './kit-cover';
import { KitFoundation } from './kit-foundation';
import { accentOf, fontFor } from './kit-helpers';
import { KitSection } from './kit-section';
import { KitTypography } from './kit-typography';
import { KitVoice } from './kit-voice';
import { KitImagery, KitLogos, KitPersonas, KitSonic } from './kit-visuals';

const CHAPTERS = [
  { id: 'foundation', title: 'Foundation' },
  { id: 'voice', title: 'Voice' },
  { id: 'colour', title: 'Colour' },
  { id: 'typography', title: 'Typography' },
  { id: 'logos', title: 'Logos' },
  { id: 'imagery', title: 'Imagery' },
  { id: 'sonic', title: 'Sonic identity' },
  { id: 'personas', title: 'Personas' },
] as const;

type ChapterId = (typeof CHAPTERS)[number]['id'];

/**
 * The brand kit rendered as a style guide: the same document on the brand's own page and on
 * a shared link. Chapters carry the brand's colours and fonts; the rest is the design system.
 */
export function StyleGuide({ kit }: { kit: BrandKit }) {
  // The accent must read as text on white (numbers, rules); a pale primary falls back to ink.
  const primary = accentOf(kit);
  const accent = primary && primary.on_colour.toUpperCase() === '#FFFFFF' ? primary.hex : '#14222A';
  const headingFont = fontFor(kit, 'heading');
  const body: Record<ChapterId, ReactNode> = {
    foundation: <KitFoundation kit={kit} accent={accent} />,
    voice: <KitVoice kit={kit} accent={accent} />,
    colour: <KitColours kit={kit} />,
    typography: <KitTypography kit={kit} />,
    logos: <KitLogos kit={kit} />,
    imagery: <KitImagery kit={kit} />,
    sonic: <KitSonic kit={kit} />,
    personas: <KitPersonas kit={kit} />,
  };
  return (
    <article className="style-guide flex flex-col gap-6" aria-label={`${kit.name} brand guidelines`} data-brand-kit>
      <KitCover kit={kit} />
      <nav aria-label="Chapters" className="print:hidden">
        <ul className="flex flex-wrap gap-2">
          {CHAPTERS.map((c, i) => (
            <li key={c.id}>
              <a href={`#${c.id}`} className="inline-flex min-h-11 items-center gap-1.5 rounded-full border border-line bg-white px-3.5 text-sm font-medium text-ink hover:border-primary/40 hover:bg-primary-soft md:min-h-9">
                <span className="text-xs text-muted tabular-nums">{String(i + 1).padStart(2, '0')}</span>
                {c.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {CHAPTERS.map((c, i) => (
        <KitSection key={c.id} id={c.id} number={i + 1} title={c.title} accent={accent} headingFont={headingFont}>
          {body[c.id]}
        </KitSection>
      ))}
    </article>
  );
}
