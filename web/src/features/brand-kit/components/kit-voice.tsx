import type { BrandKit } from '@/lib/api/types';
import { Badge } from '@/components/ui/badge';
import { Callout, KitBlock } from './kit-section';

const TONES = [
  { key: 'formal_casual', left: 'Formal', right: 'Casual' },
  { key: 'serious_playful', left: 'Serious', right: 'Playful' },
  { key: 'respectful_irreverent', left: 'Respectful', right: 'Irreverent' },
  { key: 'matter_of_fact_enthusiastic', left: 'Matter-of-fact', right: 'Enthusiastic' },
] as const;

const EMOJI: Record<BrandKit['profile']['voice']['emoji_policy'], string> = {
  never: 'Never',
  sparing: 'Sparingly',
  encouraged: 'Encouraged',
};

export function KitVoice({ kit, accent }: { kit: BrandKit; accent: string }) {
  const v = kit.profile.voice;
  return (
    <>
      {v.traits.length > 0 && (
        <KitBlock title="Voice traits">
          <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {v.traits.map((t, i) => (
              <li key={i} className="kit-card rounded-[var(--radius-button)] border border-line p-4">
                <p className="text-lg font-semibold text-ink">{t.name}</p>
                <dl className="mt-2 grid grid-cols-1 gap-2 text-sm">
                  {t.we_are && (
                    <div>
                      <dt className="font-medium text-success-ink">We are</dt>
                      <dd>{t.we_are}</dd>
                    </div>
                  )}
                  {t.we_are_not && (
                    <div>
                      <dt className="font-medium text-danger">We are not</dt>
                      <dd>{t.we_are_not}</dd>
                    </div>
                  )}
                </dl>
                {t.examples.length > 0 && (
                  <ul className="mt-3 flex flex-col gap-1 text-sm text-ink italic">
                    {t.examples.map((e, j) => (
                      <li key={j}>“{e}”</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </KitBlock>
      )}
      <KitBlock title="Tone">
        <ul className="flex max-w-2xl flex-col gap-4">
          {TONES.map(({ key, left, right }) => {
            const value = v.tone[key];
            return (
              <li key={key} className="grid grid-cols-[6.5rem_1fr_6.5rem] items-center gap-3 text-sm sm:grid-cols-[8rem_1fr_8rem]">
                <span className="text-ink">{left}</span>
                <div
                  role="meter"
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={value}
                  aria-label={`${left} to ${right}`}
                  className="relative h-1.5 rounded-full bg-line"
                >
                  <span className="absolute top-1/2 size-3.5 -translate-x-1/2 -translate-y-1/2 rounded-full ring-2 ring-white" style={{ left: `${value}%`, backgroundColor: accent }} />
                </div>
                <span className="text-right text-ink">{right}</span>
              </li>
            );
          })}
        </ul>
      </KitBlock>
      {(v.preferred_words.length > 0 || v.banned_terms.length > 0) && (
        <div className="grid grid-cols-1 gap-8 lg:grid-cols-2">
          {v.preferred_words.length > 0 && (
            <KitBlock title="Words we use">
              <ul className="flex flex-wrap gap-2">
                {v.preferred_words.map((w) => (
                  <li key={w}>
                    <Badge tone="success">{w}</Badge>
                  </li>
                ))}
              </ul>
            </KitBlock>
          )}
          {v.banned_terms.length > 0 && (
            <KitBlock title="Words we avoid">
              <ul className="flex flex-col divide-y divide-line rounded-[var(--radius-button)] border border-line">
                {v.banned_terms.map((b, i) => (
                  <li key={i} className="px-4 py-2.5 text-sm">
                    <span className="font-medium text-danger line-through">{b.term}</span>
                    {b.replacement && (
                      <>
                        <span aria-hidden="true" className="mx-2 text-muted">
                          →
                        </span>
                        <span className="sr-only"> instead say </span>
                        <span className="font-medium text-success-ink">{b.replacement}</span>
                      </>
                    )}
                    {b.reason && <p className="mt-0.5 text-xs text-muted">{b.reason}</p>}
                  </li>
                ))}
              </ul>
            </KitBlock>
          )}
        </div>
      )}
      {v.required_disclaimers.length > 0 && (
        <KitBlock title="Required disclaimers">
          <ul className="flex flex-col gap-2">
            {v.required_disclaimers.map((d, i) => (
              <li key={i} className="rounded-[var(--radius-button)] bg-mist px-4 py-2.5 text-sm text-ink">
                {d}
              </li>
            ))}
          </ul>
        </KitBlock>
      )}
      <KitBlock title="Policies">
        <dl className="grid grid-cols-1 gap-4 text-sm sm:grid-cols-3">
          <div>
            <dt className="mb-1.5 text-xs font-semibold tracking-wider text-muted uppercase">Reading level</dt>
            <dd className="text-ink">{v.reading_grade_target != null ? `Grade ${v.reading_grade_target} or easier` : 'No target set'}</dd>
          </div>
          <div>
            <dt className="mb-1.5 text-xs font-semibold tracking-wider text-muted uppercase">Emoji</dt>
            <dd className="text-ink">{EMOJI[v.emoji_policy]}</dd>
          </div>
          <div>
            <dt className="mb-1.5 text-xs font-semibold tracking-wider text-muted uppercase">Hashtags</dt>
            <dd className="text-ink">
              At most {v.hashtag_policy.max_per_post} per post
              {v.hashtag_policy.branded.length > 0 && <span className="block text-muted">{v.hashtag_policy.branded.join(' ')}</span>}
              {v.hashtag_policy.guidance && <span className="block text-muted">{v.hashtag_policy.guidance}</span>}
            </dd>
          </div>
        </dl>
      </KitBlock>
      {v.examples.length > 0 && (
        <KitBlock title="Writing examples">
          <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {v.examples.map((e, i) => (
              <li key={i} className="kit-card rounded-[var(--radius-button)] border border-line p-4">
                <Badge tone={e.good ? 'success' : 'danger'}>{e.good ? 'Do' : "Don't"}</Badge>
                <div className="mt-3">
                  <Callout accent={e.good ? '#25B879' : '#B42318'}>{e.text}</Callout>
                </div>
                {e.note && <p className="mt-2 text-xs text-muted">{e.note}</p>}
              </li>
            ))}
          </ul>
        </KitBlock>
      )}
    </>
  );
}
