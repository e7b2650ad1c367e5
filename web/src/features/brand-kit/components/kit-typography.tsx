import type { BrandKit } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { CopyButton } from './copy-button';
import { KitBlock, NotYet } from './kit-section';
import { fontFor, humanize, stepRole } from './kit-helpers';

const ROLE: Record<BrandKit['typography']['families'][number]['role'], string> = {
  heading: 'Headings',
  body: 'Body',
  accent: 'Accent',
  monospace: 'Monospace',
};

export function KitTypography({ kit }: { kit: BrandKit }) {
  const t = kit.typography;
  // Headings show the brand's name; text sizes a sentence, so both read as they would in use.
  const sentence = kit.profile.tagline.trim() || 'The quick brown fox jumps over the lazy dog.';
  return (
    <>
      <KitBlock title="Typefaces">
        {t.families.length === 0 ? (
          <NotYet>No typefaces have been chosen yet.</NotYet>
        ) : (
          <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {t.families.map((f, i) => (
              <li key={i} className="kit-card rounded-[var(--radius-button)] border border-line p-4">
                <p className="text-xs font-semibold tracking-wider text-muted uppercase">{ROLE[f.role]}</p>
                <p className="mt-1 text-3xl text-ink" style={{ fontFamily: f.stack }}>
                  {f.family}
                </p>
                <p className="mt-2 text-2xl break-words text-ink" style={{ fontFamily: f.stack }} aria-hidden="true">
                  Aa Bb Cc 0123456789
                </p>
                {f.weights.length > 0 && (
                  <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1" aria-label="Weights">
                    {f.weights.map((w) => (
                      <li key={w} className="text-sm text-ink" style={{ fontFamily: f.stack, fontWeight: w }}>
                        {w}
                      </li>
                    ))}
                  </ul>
                )}
                <div className="mt-3 flex items-center gap-1 rounded-[4px] bg-mist pl-2">
                  <code className="min-w-0 flex-1 truncate text-xs">font-family: {f.stack};</code>
                  <CopyButton value={`font-family: ${f.stack};`} label={`${f.family} CSS`} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </KitBlock>
      {t.scale.length > 0 && (
        <KitBlock title="Type scale">
          <ul className="flex flex-col divide-y divide-line">
            {t.scale.map((s) => (
              <li key={s.token} className="grid grid-cols-1 gap-2 py-4 md:grid-cols-[10rem_1fr] md:items-baseline">
                <div className="text-xs text-muted">
                  <p className="font-semibold text-ink">{humanize(s.name)}</p>
                  <p className="tabular-nums">
                    {s.size_px}px / {s.size_rem}rem · {s.line_height} · {s.weight}
                  </p>
                </div>
                <p
                  className={cn('min-w-0 text-ink', stepRole(s.token) === 'heading' ? 'truncate' : 'break-words')}
                  style={{
                    fontFamily: fontFor(kit, stepRole(s.token)),
                    // Big steps shrink on narrow screens so one line still fits.
                    fontSize: `min(${s.size_px}px, ${Math.max(s.size_px / 4, 5)}vw + 1rem)`,
                    lineHeight: s.line_height,
                    fontWeight: s.weight,
                  }}
                >
                  {stepRole(s.token) === 'heading' ? kit.name : sentence}
                </p>
              </li>
            ))}
          </ul>
        </KitBlock>
      )}
    </>
  );
}
