import type { BrandKit } from '@/lib/api/types';
import { Callout, Eyebrow, KitBlock, NotYet } from './kit-section';
import { positioningSentence } from './kit-helpers';

export function KitFoundation({ kit, accent }: { kit: BrandKit; accent: string }) {
  const p = kit.profile;
  const positioning = positioningSentence(kit.name, p.positioning);
  const pitches = [
    { label: '25 words', text: p.pitches.words_25 },
    { label: '50 words', text: p.pitches.words_50 },
    { label: '100 words', text: p.pitches.words_100 },
  ].filter((x) => x.text.trim());
  const empty =
    !p.mission.trim() && !p.vision.trim() && p.values.length === 0 && !positioning && p.value_propositions.length === 0 && p.messaging_pillars.length === 0 && pitches.length === 0 && !p.story.trim();
  if (empty) return <NotYet>The foundation has not been written yet.</NotYet>;
  return (
    <>
      {(p.mission.trim() || p.vision.trim()) && (
        <div className="grid grid-cols-1 gap-8 md:grid-cols-2">
          {p.mission.trim() && (
            <div>
              <Eyebrow>Mission</Eyebrow>
              <Callout accent={accent} large>
                {p.mission}
              </Callout>
            </div>
          )}
          {p.vision.trim() && (
            <div>
              <Eyebrow>Vision</Eyebrow>
              <Callout accent={accent} large>
                {p.vision}
              </Callout>
            </div>
          )}
        </div>
      )}
      {p.values.length > 0 && (
        <KitBlock title="Values">
          <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {p.values.map((v, i) => (
              <li key={i} className="kit-card rounded-[var(--radius-button)] border border-line p-4">
                <p className="font-semibold text-ink">{v.name}</p>
                {v.description && <p className="mt-1 text-sm">{v.description}</p>}
              </li>
            ))}
          </ul>
        </KitBlock>
      )}
      {positioning && (
        <KitBlock title="Positioning">
          <Callout accent={accent}>{positioning}</Callout>
        </KitBlock>
      )}
      {p.value_propositions.length > 0 && (
        <KitBlock title="Value propositions">
          <ul className="flex list-disc flex-col gap-1.5 pl-5 marker:text-muted">
            {p.value_propositions.map((v, i) => (
              <li key={i}>{v}</li>
            ))}
          </ul>
        </KitBlock>
      )}
      {p.messaging_pillars.length > 0 && (
        <KitBlock title="Messaging pillars">
          <ol className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {p.messaging_pillars.map((pillar, i) => (
              <li key={i} className="kit-card rounded-[var(--radius-button)] border border-line p-4" style={{ borderTopColor: accent, borderTopWidth: 3 }}>
                <p className="font-semibold text-ink">{pillar.title}</p>
                {pillar.description && <p className="mt-1 text-sm">{pillar.description}</p>}
              </li>
            ))}
          </ol>
        </KitBlock>
      )}
      {pitches.length > 0 && (
        <KitBlock title="Elevator pitches">
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
            {pitches.map((x) => (
              <div key={x.label} className="kit-card rounded-[var(--radius-button)] bg-mist p-4">
                <Eyebrow>{x.label}</Eyebrow>
                <p className="text-sm leading-relaxed text-ink">{x.text}</p>
              </div>
            ))}
          </div>
        </KitBlock>
      )}
      {(p.social_links ?? []).length > 0 && (
        <KitBlock title="Social profiles">
          <ul className="flex flex-wrap gap-2">
            {p.social_links.map((url) => (
              <li key={url}>
                <a href={url} target="_blank" rel="noreferrer noopener" className="inline-flex min-h-9 items-center rounded-full border border-line px-3 text-sm text-primary hover:bg-primary-soft">
                  {url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}
                </a>
              </li>
            ))}
          </ul>
        </KitBlock>
      )}
      {p.story.trim() && (
        <KitBlock title="Brand story">
          <div className="max-w-3xl text-base leading-relaxed whitespace-pre-line text-ink">{p.story}</div>
        </KitBlock>
      )}
    </>
  );
}
