import type { BrandKit, KitColour, KitContrast, KitWcagLevel } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { CopyButton } from './copy-button';
import { KitBlock, NotYet } from './kit-section';
import { ROLE_LABELS } from './kit-helpers';

function Swatch({ colour }: { colour: KitColour }) {
  const formats = [
    { label: 'HEX', value: colour.hex },
    { label: 'RGB', value: colour.rgb_css },
    { label: 'HSL', value: colour.hsl_css },
    { label: 'CMYK', value: colour.cmyk_label },
    { label: 'Token', value: `--brand-${colour.token}` },
  ];
  return (
    <li className="kit-card overflow-hidden rounded-[var(--radius-button)] border border-line">
      <div className="kit-swatch flex h-28 items-end justify-between p-3" style={{ backgroundColor: colour.hex, color: colour.on_colour }}>
        <span className="text-2xl font-bold">Aa</span>
        <span className="text-xs font-semibold tracking-wide uppercase">{ROLE_LABELS[colour.role]}</span>
      </div>
      <div className="px-3 pt-3 pb-2">
        <p className="font-semibold text-ink">{colour.name}</p>
        <dl className="mt-1 text-sm">
          {formats.map((f) => (
            <div key={f.label} className="flex items-center justify-between gap-2">
              <dt className="w-12 shrink-0 text-xs font-semibold text-muted">{f.label}</dt>
              <dd className="min-w-0 flex-1 truncate font-mono text-xs text-ink">{f.value}</dd>
              <CopyButton value={f.value} label={`${colour.name} ${f.label}`} />
            </div>
          ))}
        </dl>
      </div>
    </li>
  );
}

const LEVEL: Record<KitWcagLevel, string> = { aaa: 'AAA', aa: 'AA', fail: 'Fail' };

/** The badge of one cell: the best level for normal text, or AA for large text only. */
export function contrastBadge(pair: Pick<KitContrast, 'normal' | 'large'>): { label: string; tone: 'pass' | 'large' | 'fail' } {
  if (pair.normal !== 'fail') return { label: LEVEL[pair.normal], tone: 'pass' };
  if (pair.large !== 'fail') return { label: 'AA large', tone: 'large' };
  return { label: 'Fail', tone: 'fail' };
}

function Cell({ pair }: { pair: KitContrast }) {
  const badge = contrastBadge(pair);
  const title = [
    `${pair.text_hex} on ${pair.background_hex}: ${pair.ratio.toFixed(2)}:1`,
    `normal text ${LEVEL[pair.normal]}, large text ${LEVEL[pair.large]}`,
    pair.suggestion ? `nearest passing text colour ${pair.suggestion.hex} (${pair.suggestion.ratio.toFixed(2)}:1)` : null,
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <td className="border border-line p-1.5 align-top">
      <div title={title} className="kit-swatch flex min-w-24 items-baseline gap-2 rounded-[4px] px-2 py-1.5" style={{ backgroundColor: pair.background_hex, color: pair.text_hex }}>
        <span className="text-lg leading-tight font-bold">Aa</span>
        <span className="text-xs">Sample</span>
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-1">
        <span className="text-xs font-medium text-ink tabular-nums">{pair.ratio.toFixed(2)}:1</span>
        <span
          className={cn(
            'rounded-full px-1.5 py-px text-[11px] font-semibold whitespace-nowrap ring-1 ring-inset',
            badge.tone === 'pass' && 'bg-success-soft text-success-ink ring-success/30',
            badge.tone === 'large' && 'bg-warning-soft text-warning-ink ring-warning-ink/20',
            badge.tone === 'fail' && 'bg-danger-soft text-danger ring-danger/20',
          )}
        >
          {badge.label}
        </span>
        {pair.suggestion && (
          <span className="inline-flex items-center gap-1 text-[11px] text-muted">
            <span aria-hidden="true" className="size-2.5 rounded-sm ring-1 ring-line" style={{ backgroundColor: pair.suggestion.hex }} />
            try {pair.suggestion.hex}
          </span>
        )}
      </div>
    </td>
  );
}

/** Text colours down the side, backgrounds across the top. */
function ContrastMatrix({ kit }: { kit: BrandKit }) {
  const byPair = new Map(kit.contrast.map((p) => [`${p.text}|${p.background}`, p]));
  return (
    <div className="-mx-5 overflow-x-auto px-5 sm:mx-0 sm:px-0" tabIndex={0} role="region" aria-label="Contrast matrix, scrolls sideways">
      <table className="border-collapse text-left text-sm">
        <caption className="sr-only">Contrast of each palette colour as text (rows) on each palette colour as background (columns)</caption>
        <thead>
          <tr>
            <th scope="col" className="p-1.5 text-xs font-semibold text-muted">
              Text ↓ / Background →
            </th>
            {kit.palette.map((c) => (
              <th key={c.token} scope="col" className="p-1.5 text-xs font-semibold whitespace-nowrap text-ink">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kit.palette.map((text) => (
            <tr key={text.token}>
              <th scope="row" className="p-1.5 pr-3 text-xs font-semibold whitespace-nowrap text-ink">
                {text.name}
              </th>
              {kit.palette.map((bg) => {
                const pair = byPair.get(`${text.token}|${bg.token}`);
                return pair ? (
                  <Cell key={bg.token} pair={pair} />
                ) : (
                  <td key={bg.token} className="border border-line p-1.5 text-center text-muted">
                    <span aria-label="Same colour">—</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function KitColours({ kit }: { kit: BrandKit }) {
  if (kit.palette.length === 0) return <NotYet>No palette has been defined yet.</NotYet>;
  return (
    <>
      <KitBlock title="Palette">
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {kit.palette.map((c) => (
            <Swatch key={c.token} colour={c} />
          ))}
        </ul>
      </KitBlock>
      {kit.contrast.length > 0 && (
        <KitBlock title="Contrast">
          <p className="mb-4 max-w-3xl text-sm">
            WCAG 2.1: <strong className="text-ink">AA</strong> needs 4.5:1 for normal text and 3:1 for large text (18pt, or 14pt bold);{' '}
            <strong className="text-ink">AAA</strong> needs 7:1 and 4.5:1. A failing pair suggests the nearest shade of its text colour that passes AA.
          </p>
          <ContrastMatrix kit={kit} />
        </KitBlock>
      )}
    </>
  );
}
