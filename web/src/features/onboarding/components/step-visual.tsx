import { Globe, Wand2 } from 'lucide-react';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { errorMessage } from '@/lib/api/problem';
import type { Brand, GeneratedPalette, PaletteScheme } from '@/lib/api/types';
import { useGeneratePalette } from '../api/generate-palette';
import { useSaveBrandDraft } from '../api/save-brand-draft';
import type { CaptureSlot } from './step-foundation';

const SCHEMES: { value: PaletteScheme; label: string; description: string }[] = [
  { value: 'complementary', label: 'Complementary', description: 'The opposite hue for contrast' },
  { value: 'analogous', label: 'Analogous', description: 'Neighbouring hues, calm and cohesive' },
  { value: 'triadic', label: 'Triadic', description: 'Three hues evenly spaced' },
  { value: 'split_complementary', label: 'Split complementary', description: 'The two neighbours of the opposite' },
  { value: 'monochrome', label: 'Monochrome', description: 'Tints and shades of one hue' },
];

const HEX = /^#[0-9a-f]{6}$/i;

/** Step 3: a palette, captured from the website or generated from one colour, saved into the draft. */
export function StepVisual({ brand, renderCapture, onDone }: { brand: Brand; renderCapture: CaptureSlot; onDone: () => void }) {
  const palette = brand.draft.visual?.palette ?? [];
  const [mode, setMode] = useState<'generate' | 'capture'>('generate');
  const [base, setBase] = useState(palette.find((c) => c.role === 'primary')?.hex ?? '#106d7c');
  const [scheme, setScheme] = useState<PaletteScheme>('complementary');
  const [proposal, setProposal] = useState<GeneratedPalette | null>(null);
  const generate = useGeneratePalette();
  const save = useSaveBrandDraft();

  const apply = (p: GeneratedPalette) => {
    const colours = p.colours.map((c) => ({ role: c.role, name: c.name, hex: c.hex }));
    save.mutate({ id: brand.id, profile: { ...brand.draft, visual: { ...brand.draft.visual, palette: colours } } }, { onSuccess: () => setProposal(null) });
  };

  return (
    <div className="flex flex-col gap-6">
      {palette.length > 0 && (
        <div>
          <p className="mb-2 text-sm font-medium text-ink">Your palette</p>
          <ul className="flex flex-wrap gap-3" aria-label="Current palette">
            {palette.map((c, i) => (
              <li key={i} className="flex flex-col items-center gap-1 text-xs text-slate">
                <span className="size-12 rounded-[var(--radius-button)] border border-black/10" style={{ background: c.hex }} aria-hidden="true" />
                <span className="font-medium text-ink">{c.role}</span>
                <span className="font-mono">{c.hex}</span>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="flex flex-wrap gap-2" role="group" aria-label="Palette source">
        <Button variant={mode === 'generate' ? 'primary' : 'secondary'} size="sm" aria-pressed={mode === 'generate'} onClick={() => setMode('generate')}>
          <Wand2 aria-hidden="true" /> Generate from one colour
        </Button>
        <Button variant={mode === 'capture' ? 'primary' : 'secondary'} size="sm" aria-pressed={mode === 'capture'} onClick={() => setMode('capture')}>
          <Globe aria-hidden="true" /> Capture from my website
        </Button>
      </div>

      {mode === 'capture' ? (
        renderCapture({ brandId: brand.id, onApplied: () => setMode('generate') })
      ) : (
        <form
          noValidate
          className="flex flex-col gap-4"
          aria-label="Generate a palette"
          onSubmit={(e) => {
            e.preventDefault();
            if (HEX.test(base)) generate.mutate({ base, scheme }, { onSuccess: setProposal });
          }}
        >
          <div className="grid gap-4 sm:grid-cols-[auto_minmax(0,1fr)_minmax(0,1fr)] sm:items-end">
            <input type="color" aria-label="Pick the base colour" value={HEX.test(base) ? base : '#106d7c'} onChange={(e) => setBase(e.target.value)} className="h-11 w-16 cursor-pointer rounded-[var(--radius-button)] border border-line bg-white p-1" />
            <FormField id="base-colour" label="Base colour" error={HEX.test(base) ? undefined : 'Enter a colour as #rrggbb.'}>
              <Input value={base} onChange={(e) => setBase(e.target.value.trim())} className="font-mono" maxLength={7} />
            </FormField>
            <FormField id="scheme" label="Harmony">
              <Select value={scheme} onValueChange={(v) => setScheme(v as PaletteScheme)} options={SCHEMES} />
            </FormField>
          </div>
          <div>
            <Button type="submit" variant="secondary" loading={generate.isPending} disabled={!HEX.test(base)}>
              Generate palette
            </Button>
          </div>
          {generate.isError && <Alert tone="danger">{errorMessage(generate.error)}</Alert>}
        </form>
      )}

      {proposal && (
        <div className="rounded-[var(--radius-card)] border border-line p-4" data-testid="palette-proposal">
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {proposal.colours.map((c, i) => (
              <li key={i} className="overflow-hidden rounded-[var(--radius-button)] border border-line">
                <div className="flex h-16 items-end p-2 text-xs font-medium" style={{ background: c.hex, color: c.text_hex }}>
                  Aa {c.text_ratio.toFixed(1)}:1
                </div>
                <div className="p-2 text-xs">
                  <p className="font-medium text-ink">{c.name || c.role}</p>
                  <p className="font-mono text-muted">{c.hex}</p>
                </div>
              </li>
            ))}
          </ul>
          <div className="mt-4 flex flex-wrap justify-end gap-2">
            <Button variant="ghost" onClick={() => setProposal(null)}>
              Discard
            </Button>
            <Button onClick={() => apply(proposal)} loading={save.isPending}>
              Use this palette
            </Button>
          </div>
          {save.isError && <Alert tone="danger" className="mt-3">{errorMessage(save.error)}</Alert>}
        </div>
      )}

      <div className="flex justify-end">
        <Button onClick={onDone} disabled={palette.length === 0} title={palette.length === 0 ? 'Add a palette first' : undefined}>
          Continue
        </Button>
      </div>
    </div>
  );
}
