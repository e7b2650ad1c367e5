import { FileImage, Music } from 'lucide-react';
import type { BrandKit, KitFile } from '@/lib/api/types';
import { Eyebrow, KitBlock, NotYet } from './kit-section';
import { humanize } from './kit-helpers';

const VARIANT: Record<BrandKit['logos'][number]['variant'], string> = {
  primary: 'Primary logo',
  wordmark: 'Wordmark',
  symbol: 'Symbol',
  mono_light: 'Monochrome, light',
  mono_dark: 'Monochrome, dark',
};

function Missing({ label }: { label: string }) {
  return (
    <div className="flex h-full flex-col items-center justify-center gap-1 p-4 text-center text-xs text-muted">
      <FileImage className="size-5" aria-hidden="true" />
      {label}
    </div>
  );
}

/** An image of the library, or its name when the browser cannot show it. */
function FileImageView({ file, alt, className }: { file: KitFile; alt: string; className?: string }) {
  if (file.kind !== 'image' && file.kind !== 'vector') return <Missing label={file.name} />;
  return <img src={file.thumbnail_url ?? file.url} alt={alt} className={className ?? 'max-h-full max-w-full object-contain'} />;
}

function Gallery({ files, label }: { files: KitFile[]; label: string }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {files.map((f) => (
        <li key={f.id} className="kit-card overflow-hidden rounded-[var(--radius-button)] border border-line bg-mist">
          <a href={f.url} target="_blank" rel="noreferrer" className="flex aspect-[4/3] items-center justify-center">
            <FileImageView file={f} alt={`${label}: ${f.name}`} className="size-full object-cover" />
          </a>
          <p className="truncate px-2 py-1.5 text-xs text-muted">{f.name}</p>
        </li>
      ))}
    </ul>
  );
}

export function KitLogos({ kit }: { kit: BrandKit }) {
  const rules = kit.profile.visual.logo_rules;
  const dark = kit.palette.find((c) => c.role === 'text')?.hex ?? '#14222A';
  const light = kit.palette.find((c) => c.role === 'background')?.hex ?? '#FFFFFF';
  const hasRules = rules.min_width_px != null || rules.clear_space_ratio != null || rules.dos.length > 0 || rules.donts.length > 0;
  return (
    <>
      {kit.logos.length === 0 ? (
        <NotYet>No logos have been added yet.</NotYet>
      ) : (
        <ul className="flex flex-col gap-6">
          {kit.logos.map((logo, i) => (
            <li key={i}>
              <p className="mb-2 text-sm font-semibold text-ink">
                {VARIANT[logo.variant]}
                {logo.file && <span className="font-normal text-muted"> · {logo.file.name}</span>}
              </p>
              <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
                {[
                  { bg: light, name: 'light' },
                  { bg: dark, name: 'dark' },
                ].map(({ bg, name }) => (
                  <div key={name} className="kit-swatch flex h-40 items-center justify-center rounded-[var(--radius-button)] border border-line p-6" style={{ backgroundColor: bg }}>
                    {logo.file ? (
                      <FileImageView file={logo.file} alt={`${VARIANT[logo.variant]} on a ${name} background`} />
                    ) : (
                      <Missing label="File missing from the library" />
                    )}
                  </div>
                ))}
              </div>
              {logo.file && (
                <a href={logo.file.url} download={logo.file.name} className="mt-2 inline-flex min-h-11 items-center text-sm font-medium text-primary hover:underline print:hidden">
                  Download {logo.file.name}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      {hasRules && (
        <KitBlock title="Logo usage">
          <dl className="mb-4 grid grid-cols-1 gap-6 text-sm md:grid-cols-2">
            {rules.min_width_px != null && (
              <div>
                <dt className="text-xs font-semibold tracking-wider text-muted uppercase">Minimum width</dt>
                <dd className="text-ink">{rules.min_width_px} px</dd>
              </div>
            )}
            {rules.clear_space_ratio != null && (
              <div>
                <dt className="text-xs font-semibold tracking-wider text-muted uppercase">Clear space</dt>
                <dd className="text-ink">{Math.round(rules.clear_space_ratio * 100)}% of the logo's height on every side</dd>
              </div>
            )}
          </dl>
          <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
            {(rules.dos.length > 0 || kit.logo_examples.dos.length > 0) && (
              <div>
                <Eyebrow>Do</Eyebrow>
                <ul className="mb-3 flex list-disc flex-col gap-1 pl-5 text-sm marker:text-success">
                  {rules.dos.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
                {kit.logo_examples.dos.length > 0 && <Gallery files={kit.logo_examples.dos} label="Correct use" />}
              </div>
            )}
            {(rules.donts.length > 0 || kit.logo_examples.donts.length > 0) && (
              <div>
                <Eyebrow>Don't</Eyebrow>
                <ul className="mb-3 flex list-disc flex-col gap-1 pl-5 text-sm marker:text-danger">
                  {rules.donts.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
                {kit.logo_examples.donts.length > 0 && <Gallery files={kit.logo_examples.donts} label="Misuse" />}
              </div>
            )}
          </div>
        </KitBlock>
      )}
    </>
  );
}

export function KitImagery({ kit }: { kit: BrandKit }) {
  const blocks = [
    { title: 'Iconography', g: kit.iconography },
    { title: 'Photography', g: kit.photography },
  ];
  if (blocks.every(({ g }) => !g.guidance.trim() && g.references.length === 0)) {
    return <NotYet>No imagery guidelines yet.</NotYet>;
  }
  return (
    <>
      {blocks.map(({ title, g }) =>
        !g.guidance.trim() && g.references.length === 0 ? null : (
          <KitBlock key={title} title={title}>
            {g.guidance.trim() && <p className="mb-4 max-w-3xl text-base leading-relaxed whitespace-pre-line text-ink">{g.guidance}</p>}
            {g.references.length > 0 && <Gallery files={g.references} label={`${title} reference`} />}
          </KitBlock>
        ),
      )}
    </>
  );
}

export function KitSonic({ kit }: { kit: BrandKit }) {
  if (kit.sonic.length === 0) return <NotYet>No sonic assets yet.</NotYet>;
  return (
    <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
      {kit.sonic.map((s, i) => (
        <li key={i} className="kit-card rounded-[var(--radius-button)] border border-line p-4">
          <p className="flex items-center gap-2 font-semibold text-ink">
            <Music className="size-4 text-muted" aria-hidden="true" />
            {s.name}
          </p>
          {s.usage && <p className="mt-1 text-sm">{s.usage}</p>}
          {s.file ? (
            <audio controls preload="none" src={s.file.url} className="mt-3 w-full print:hidden" aria-label={`Play ${s.name}`}>
              <a href={s.file.url}>Download {s.file.name}</a>
            </audio>
          ) : (
            <p className="mt-2 text-xs text-muted">File missing from the library</p>
          )}
          {s.file && <p className="mt-1 hidden text-xs text-muted print:block">{s.file.name}</p>}
        </li>
      ))}
    </ul>
  );
}

export function KitPersonas({ kit }: { kit: BrandKit }) {
  if (kit.personas.length === 0) return <NotYet>No personas have been described yet.</NotYet>;
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {kit.personas.map((p, i) => (
        <li key={p.id ?? i} className="kit-card rounded-[var(--radius-button)] border border-line p-4">
          <p className="text-lg font-semibold text-ink">{p.name}</p>
          {p.buying_stage && <p className="mt-0.5 text-xs font-semibold tracking-wider text-muted uppercase">{humanize(p.buying_stage)}</p>}
          {p.summary && <p className="mt-2 text-sm">{p.summary}</p>}
        </li>
      ))}
    </ul>
  );
}
