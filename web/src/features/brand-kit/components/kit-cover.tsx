import type { BrandKit } from '@/lib/api/types';
import { accentOf, fontFor, versionLine } from './kit-helpers';

/** The title page: the brand's name on its own primary colour. */
export function KitCover({ kit }: { kit: BrandKit }) {
  const accent = accentOf(kit);
  const bg = accent?.hex ?? '#14222A';
  const fg = accent?.on_colour ?? '#FFFFFF';
  return (
    <header className="kit-cover overflow-hidden rounded-[var(--radius-card)] shadow-[var(--shadow-card)] print:rounded-none print:shadow-none" style={{ backgroundColor: bg, color: fg }}>
      <div className="flex min-h-72 flex-col justify-end gap-3 px-6 pt-10 pb-8 sm:min-h-80 sm:px-10 sm:pb-10">
        <p className="text-xs font-bold tracking-[0.2em] uppercase opacity-90">Brand guidelines</p>
        <h1 className="text-4xl font-bold tracking-tight break-words sm:text-6xl" style={{ color: fg, fontFamily: fontFor(kit, 'heading') }}>
          {kit.name}
        </h1>
        {kit.profile.tagline && (
          <p className="max-w-2xl text-lg opacity-95 sm:text-xl" style={{ fontFamily: fontFor(kit, 'body') }}>
            {kit.profile.tagline}
          </p>
        )}
        {kit.palette.length > 0 && (
          <ul aria-label="Palette" className="mt-4 flex flex-wrap gap-2">
            {kit.palette.slice(0, 12).map((c) => (
              <li key={c.token} title={`${c.name} ${c.hex}`} className="size-7 rounded-md ring-2 ring-current/40" style={{ backgroundColor: c.hex }}>
                <span className="sr-only">
                  {c.name} {c.hex}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 bg-white px-6 py-4 text-sm sm:px-10">
        <p className="font-semibold text-ink">{versionLine(kit)}</p>
        <p className="text-muted">Generated {new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(kit.generated_at))}</p>
      </div>
    </header>
  );
}
