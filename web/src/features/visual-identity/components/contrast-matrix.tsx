import { Check, Wand2 } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { ColourRole, ContrastCell, ContrastLevel, ContrastMatrix } from '@/lib/api/types';
import { colourLabel } from './labels';

export type MatrixEntry = { role: ColourRole; name?: string; hex: string };

function Level({ label, level }: { label: string; level: ContrastLevel }) {
  const tone = level === 'fail' ? 'danger' : level === 'aa' ? 'warning' : 'success';
  const text = level === 'fail' ? 'Fail' : level.toUpperCase();
  return (
    <Badge tone={tone} className="justify-between gap-1.5" aria-label={`${label}: ${level === 'fail' ? 'fails AA' : `passes ${text}`}`}>
      <span className="font-normal">{label}</span>
      {text}
    </Badge>
  );
}

function Cell({ cell, entries, onApply }: { cell: ContrastCell; entries: MatrixEntry[]; onApply?: (textIndex: number, hex: string) => void }) {
  const s = cell.suggestion;
  return (
    <div className="flex w-36 flex-col gap-1.5">
      <div
        className="flex h-12 items-center justify-between rounded-[var(--radius-button)] border border-black/10 px-2.5"
        style={{ background: cell.background_hex, color: cell.text_hex }}
        aria-hidden="true"
      >
        <span className="text-lg leading-none font-semibold">Aa</span>
        <span className="text-xs">Text</span>
      </div>
      <p className="text-sm font-semibold text-ink tabular-nums">
        {cell.ratio.toFixed(2)}:1
        <span className="sr-only">
          {' '}
          contrast, {colourLabel(entries[cell.text_index])} on {colourLabel(entries[cell.background_index])}
        </span>
      </p>
      <div className="flex flex-col gap-1">
        <Level label="Normal" level={cell.normal} />
        <Level label="Large" level={cell.large} />
      </div>
      {s && (
        <div className="mt-0.5 flex flex-col gap-1 rounded-[var(--radius-button)] bg-mist p-1.5">
          <span className="flex items-center gap-1.5 text-xs text-slate">
            <span className="size-3.5 shrink-0 rounded-sm border border-black/10" style={{ background: s.hex }} aria-hidden="true" />
            <span className="font-mono">{s.hex}</span>
            <span className="tabular-nums">{s.ratio.toFixed(2)}:1</span>
          </span>
          {onApply && (
            <Button
              size="sm"
              variant="secondary"
              className="min-h-8 px-2 text-xs"
              onClick={() => onApply(cell.text_index, s.hex)}
              aria-label={`Use ${s.hex} for ${colourLabel(entries[cell.text_index])}: ${s.ratio.toFixed(2)} to 1 on ${colourLabel(entries[cell.background_index])}`}
            >
              <Wand2 aria-hidden="true" />
              Use this shade
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * The WCAG contrast matrix: one row per colour used as text, one column per fill colour, each
 * cell with the ratio, AA/AAA for normal and large text and, for a failing pair, the nearest
 * passing shade of the text colour with one click to use it.
 */
export function ContrastMatrixView({
  entries,
  matrix,
  onApply,
}: {
  /** The palette colours the matrix indexes point at. */
  entries: MatrixEntry[];
  matrix: ContrastMatrix;
  onApply?: (textIndex: number, hex: string) => void;
}) {
  const cell = (t: number, b: number) => matrix.cells.find((c) => c.text_index === t && c.background_index === b);
  return (
    <div className="flex flex-col gap-3">
      <p className="flex items-center gap-2 text-sm" role="status">
        {matrix.failing === 0 ? (
          <>
            <Check className="size-4 text-success-ink" aria-hidden="true" />
            Every pair passes AA for normal text.
          </>
        ) : (
          <span>
            <strong className="text-ink">{matrix.failing}</strong> of {matrix.cells.length} pairs fail AA for normal text (4.5:1).
          </span>
        )}
      </p>
      <div className="relative -mx-5 overflow-x-auto px-5 sm:mx-0 sm:px-0">
        <table className="border-separate border-spacing-2 text-left">
          <caption className="sr-only">Contrast of each palette colour as text (rows) on each fill colour (columns)</caption>
          <thead>
            <tr>
              <td className="sticky left-0 z-10 bg-white text-xs text-muted">Text ↓ on →</td>
              {matrix.backgrounds.map((b) => (
                <th key={b} scope="col" className="align-bottom text-xs font-medium text-slate">
                  <span className="flex items-center gap-1.5">
                    <span className="size-3.5 shrink-0 rounded-sm border border-black/10" style={{ background: entries[b].hex }} aria-hidden="true" />
                    {colourLabel(entries[b])}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.texts.map((t) => (
              <tr key={t}>
                <th scope="row" className="sticky left-0 z-10 bg-white pr-1 align-top text-xs font-medium text-slate">
                  <span className="flex max-w-28 items-center gap-1.5 pt-3">
                    <span className="size-3.5 shrink-0 rounded-sm border border-black/10" style={{ background: entries[t].hex }} aria-hidden="true" />
                    {colourLabel(entries[t])}
                  </span>
                </th>
                {matrix.backgrounds.map((b) => {
                  const c = cell(t, b);
                  return (
                    <td key={b} className="align-top">
                      {c ? (
                        <Cell cell={c} entries={entries} onApply={onApply} />
                      ) : (
                        <span className="flex h-12 w-36 items-center justify-center text-muted" aria-label="Same colour">
                          —
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
