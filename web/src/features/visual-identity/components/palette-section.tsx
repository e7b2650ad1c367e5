import { useDeferredValue, useState } from 'react';
import { Plus, Trash2, Wand2 } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { ColourRole, GeneratedPalette, PaletteColour, PaletteScheme } from '@/lib/api/types';
import { useContrastMatrix } from '../api/get-contrast-matrix';
import { useGeneratePalette } from '../api/generate-palette';
import { labelColour, normalizeHex, notations } from '../lib/colour';
import { ContrastMatrixView, type MatrixEntry } from './contrast-matrix';
import { PathField, Section } from './fields';
import { COLOUR_ROLES, roleLabel } from './labels';
import { fieldId, type VisualDraft } from './use-visual-draft';

const SCHEMES: { value: PaletteScheme; label: string; description: string }[] = [
  { value: 'complementary', label: 'Complementary', description: 'The base and its opposite' },
  { value: 'analogous', label: 'Analogous', description: 'The base and its neighbours' },
  { value: 'triadic', label: 'Triadic', description: 'Three evenly spaced hues' },
  { value: 'split_complementary', label: 'Split complementary', description: 'The base and the neighbours of its opposite' },
  { value: 'monochrome', label: 'Monochrome', description: 'Tints and shades of the base' },
];

/** A hex text field with the browser's colour picker beside it. */
function ColourInput({ id, value, onChange, readOnly, label }: { id: string; value: string; onChange: (hex: string) => void; readOnly?: boolean; label: string }) {
  const valid = normalizeHex(value);
  return (
    <div className="flex gap-2">
      <input
        type="color"
        aria-label={`Pick ${label}`}
        value={(valid ?? '#000000').toLowerCase()}
        disabled={readOnly}
        onChange={(e) => onChange(e.target.value.toUpperCase())}
        className="h-11 w-12 shrink-0 cursor-pointer rounded-[var(--radius-button)] border border-line bg-white p-1 disabled:cursor-not-allowed"
      />
      <Input id={id} value={value} readOnly={readOnly} maxLength={7} className="font-mono uppercase" aria-label={label} onChange={(e) => onChange(e.target.value.trim())} onBlur={() => valid && valid !== value && onChange(valid)} />
    </div>
  );
}

function Notations({ hex }: { hex: string }) {
  const n = notations(hex);
  if (!n) return <p className="text-xs text-danger">Enter a colour as #rrggbb.</p>;
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 font-mono text-xs text-slate">
      <dt className="text-muted">HEX</dt>
      <dd>{n.hex}</dd>
      <dt className="text-muted">RGB</dt>
      <dd>{n.rgb}</dd>
      <dt className="text-muted">HSL</dt>
      <dd>{n.hsl}</dd>
      <dt className="text-muted">CMYK</dt>
      <dd>{n.cmyk}</dd>
    </dl>
  );
}

function PaletteRow({ colour, index, editor }: { colour: PaletteColour; index: number; editor: VisualDraft }) {
  const { errors, canEdit, edit } = editor;
  const path = `visual.palette[${index}]`;
  const hex = normalizeHex(colour.hex);
  const update = (patch: Partial<PaletteColour>) => edit((d) => void Object.assign(d.visual.palette[index], patch));
  return (
    <li className="relative grid gap-4 rounded-[var(--radius-button)] border border-line p-3 sm:grid-cols-[6rem_minmax(0,1fr)_minmax(0,1fr)] sm:p-4 sm:pr-16">
      <div
        className="mr-12 flex h-12 items-end rounded-[var(--radius-button)] border border-black/10 p-2 text-xs font-semibold sm:mr-0 sm:h-full"
        style={{ background: hex ?? '#FFFFFF', color: hex ? labelColour(hex) : '#111827' }}
        aria-hidden="true"
      >
        {roleLabel(colour.role)}
      </div>
      <div className="flex flex-col gap-3">
        <FormField id={fieldId(`${path}.role`)} label="Role">
          <Select value={colour.role} disabled={!canEdit} onValueChange={(v) => update({ role: v as ColourRole })} options={COLOUR_ROLES} />
        </FormField>
        <PathField path={`${path}.name`} label="Name" errors={errors}>
          <Input value={colour.name} readOnly={!canEdit} maxLength={100} placeholder="e.g. Harbour teal" onChange={(e) => update({ name: e.target.value })} />
        </PathField>
      </div>
      <div className="flex flex-col gap-3">
        <FormField id={fieldId(`${path}.hex`)} label="Colour" error={errors[`${path}.hex`]}>
          <ColourInput id={fieldId(`${path}.hex`)} label={`colour ${index + 1}`} value={colour.hex} readOnly={!canEdit} onChange={(v) => update({ hex: v })} />
        </FormField>
        <Notations hex={colour.hex} />
      </div>
      {canEdit && (
        <Button variant="ghost" size="icon" className="absolute top-2 right-2 sm:top-3 sm:right-3" aria-label={`Remove colour ${index + 1}`} onClick={() => edit((d) => void d.visual.palette.splice(index, 1))}>
          <Trash2 aria-hidden="true" />
        </Button>
      )}
    </li>
  );
}

function Generator({ editor, onDone }: { editor: VisualDraft; onDone: () => void }) {
  const primary = editor.draft.visual.palette.find((c) => c.role === 'primary');
  const [base, setBase] = useState(normalizeHex(primary?.hex ?? '') ?? '#106D7C');
  const [scheme, setScheme] = useState<PaletteScheme>('complementary');
  const [preview, setPreview] = useState<GeneratedPalette | null>(null);
  const generate = useGeneratePalette();
  const valid = normalizeHex(base);
  return (
    <div className="flex flex-col gap-4 rounded-[var(--radius-button)] border border-primary/30 bg-primary-soft/40 p-4">
      <form
        noValidate
        aria-label="Generate a palette from one colour"
        className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) generate.mutate({ base: valid, scheme }, { onSuccess: setPreview });
        }}
      >
        <FormField id="generate-base" label="Base colour" error={valid ? undefined : 'Enter a colour as #rrggbb.'}>
          <ColourInput id="generate-base" label="base colour" value={base} onChange={setBase} />
        </FormField>
        <FormField id="generate-scheme" label="Scheme">
          <Select value={scheme} onValueChange={(v) => setScheme(v as PaletteScheme)} options={SCHEMES} />
        </FormField>
        <Button type="submit" loading={generate.isPending} disabled={!valid}>
          <Wand2 aria-hidden="true" />
          Preview
        </Button>
      </form>
      {generate.isError && <Alert tone="danger">{errorMessage(generate.error)}</Alert>}
      {preview && (
        <div className="flex flex-col gap-4">
          <ul className="grid grid-cols-2 gap-2 sm:grid-cols-5" aria-label="Generated palette">
            {preview.colours.map((c, i) => (
              <li key={i} className="flex flex-col overflow-hidden rounded-[var(--radius-button)] border border-black/10 bg-white">
                <span className="flex h-16 items-end p-2 text-xs font-semibold" style={{ background: c.hex, color: c.text_hex }}>
                  Aa {c.text_ratio.toFixed(1)}:1
                </span>
                <span className="px-2 pt-1.5 text-xs font-medium text-ink">{roleLabel(c.role)}</span>
                <span className="px-2 pb-2 font-mono text-xs text-slate">{c.hex}</span>
              </li>
            ))}
          </ul>
          <div>
            <p className="mb-1.5 text-xs font-medium text-slate">Scale 50–900</p>
            <ul className="grid grid-cols-5 overflow-hidden rounded-[var(--radius-button)] border border-black/10 sm:grid-cols-10" aria-label="Monochrome scale">
              {preview.scale.map((s) => (
                <li key={s.step} className="flex h-14 flex-col justify-end p-1.5 text-[11px] leading-tight" style={{ background: s.hex, color: s.text_hex }}>
                  <span className="font-semibold">{s.step}</span>
                  <span className="font-mono">{s.hex}</span>
                </li>
              ))}
            </ul>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button
              onClick={() => {
                editor.edit((d) => void (d.visual.palette = preview.colours.map((c) => ({ role: c.role, name: c.name, hex: c.hex }))));
                setPreview(null);
                onDone();
              }}
            >
              Use this palette
            </Button>
            <Button variant="ghost" onClick={() => setPreview(null)}>
              Discard
            </Button>
            <p className="self-center text-xs text-muted">Replaces the palette below; save to keep it.</p>
          </div>
        </div>
      )}
    </div>
  );
}

function ContrastPanel({ editor }: { editor: VisualDraft }) {
  const palette = editor.draft.visual.palette;
  // Only well-formed colours go to the server; `origin` maps matrix indexes back to the palette.
  const valid = palette.map((c, i) => ({ c, i, hex: normalizeHex(c.hex) })).filter((x) => x.hex !== null);
  const entries: MatrixEntry[] = valid.map(({ c, hex }) => ({ role: c.role, name: c.name, hex: hex! }));
  const request = useDeferredValue(entries.map((e) => ({ role: e.role, name: e.name ?? '', hex: e.hex })));
  const matrix = useContrastMatrix(request, false, request.length > 1);
  if (entries.length < 2) return <p className="text-sm text-muted">Add at least two colours to see how they read on each other.</p>;
  if (matrix.isPending) return <Skeleton className="h-48 w-full" />;
  if (matrix.isError) return <Alert tone="danger">{errorMessage(matrix.error)}</Alert>;
  // While a newer matrix loads, the previous one may point past the current palette.
  if (matrix.data.cells.some((c) => c.text_index >= entries.length || c.background_index >= entries.length)) return <Skeleton className="h-48 w-full" />;
  return (
    <ContrastMatrixView
      entries={entries}
      matrix={matrix.data}
      onApply={editor.canEdit ? (textIndex, hex) => editor.edit((d) => void (d.visual.palette[valid[textIndex].i].hex = hex)) : undefined}
    />
  );
}

/** The palette with roles, its generator and its WCAG contrast matrix (FR-6.3.1, FR-6.3.2). */
export function PaletteSection({ editor }: { editor: VisualDraft }) {
  const [generating, setGenerating] = useState(false);
  const palette = editor.draft.visual.palette;
  return (
    <>
      <Section
        id="palette"
        title="Colour palette"
        description="Each colour with its role, in every notation designers and printers ask for."
        actions={
          editor.canEdit && (
            <Button variant={generating ? 'primary' : 'secondary'} size="sm" aria-expanded={generating} onClick={() => setGenerating((g) => !g)}>
              <Wand2 aria-hidden="true" />
              Generate from one colour
            </Button>
          )
        }
      >
        {generating && <Generator editor={editor} onDone={() => setGenerating(false)} />}
        {palette.length === 0 ? (
          <p className="text-sm text-muted">No colours yet. Add them one by one, generate a palette from one colour, or capture them from your website.</p>
        ) : (
          <ul className="flex flex-col gap-3" aria-label="Palette">
            {palette.map((c, i) => (
              <PaletteRow key={i} colour={c} index={i} editor={editor} />
            ))}
          </ul>
        )}
        {editor.canEdit && palette.length < 40 && (
          <div>
            <Button variant="secondary" size="sm" onClick={() => editor.edit((d) => void d.visual.palette.push({ role: d.visual.palette.length === 0 ? 'primary' : 'supporting', name: '', hex: '#106D7C' }))}>
              <Plus aria-hidden="true" />
              Add colour
            </Button>
          </div>
        )}
      </Section>
      <Section id="contrast" title="Contrast" description="WCAG 2.1: every colour as text on every fill colour. AA needs 4.5:1 for normal text and 3:1 for large text (18pt, or 14pt bold); AAA needs 7:1 and 4.5:1.">
        <ContrastPanel editor={editor} />
      </Section>
    </>
  );
}
