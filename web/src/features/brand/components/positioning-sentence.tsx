import type { Positioning } from '@/lib/api/types';

/** The positioning statement as the sentence its six parts form; empty parts show as named blanks. */
export function PositioningSentence({ brandName, positioning }: { brandName: string; positioning: Positioning }) {
  const part = (value: string, blank: string) =>
    value.trim() ? <strong className="font-semibold text-ink">{value.trim()}</strong> : <span className="rounded bg-mist px-1 text-muted italic">{blank}</span>;
  return (
    <blockquote className="rounded-[var(--radius-button)] border-l-4 border-coral bg-coral-soft/50 px-4 py-3 text-base leading-relaxed text-slate">
      For {part(positioning.target, 'target customer')} who {part(positioning.need, 'need')}, {brandName.trim() || 'our product'} is a{' '}
      {part(positioning.category, 'category')} that {part(positioning.benefit, 'key benefit')}. Unlike {part(positioning.alternative, 'alternative')}, we{' '}
      {part(positioning.differentiator, 'differentiator')}.
    </blockquote>
  );
}
