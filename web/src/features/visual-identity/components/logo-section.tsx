import { useState } from 'react';
import { ImagePlus, Plus, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import type { LogoVariant } from '@/lib/api/types';
import { AssetPicker } from './asset-picker';
import { AssetById } from './asset-preview';
import { LinesEditor, PathField, Section } from './fields';
import { LOGO_VARIANTS } from './labels';
import type { VisualDraft } from './use-visual-draft';

const checker = 'bg-[repeating-conic-gradient(#f4f7f9_0%_25%,#fff_0%_50%)] bg-[length:16px_16px]';

function LogoSlot({ variant, editor, brandId }: { variant: (typeof LOGO_VARIANTS)[number]; editor: VisualDraft; brandId: string }) {
  const [picking, setPicking] = useState(false);
  const current = editor.draft.visual.logos.find((l) => l.variant === variant.value);
  const dark = variant.value === 'mono_light';
  const set = (assetId: string | null) =>
    editor.edit((d) => {
      const others = d.visual.logos.filter((l) => l.variant !== variant.value);
      d.visual.logos = assetId ? [...others, { variant: variant.value as LogoVariant, asset_id: assetId }] : others;
    });
  return (
    <li className="flex flex-col gap-2">
      <div className={`flex aspect-[4/3] items-center justify-center overflow-hidden rounded-[var(--radius-button)] border border-line p-3 ${dark ? 'bg-ink' : checker}`}>
        {current ? <AssetById id={current.asset_id} className="max-h-full w-full" alt={variant.label} /> : <span className={`text-xs ${dark ? 'text-white/70' : 'text-muted'}`}>No file</span>}
      </div>
      <div>
        <p className="text-sm font-medium text-ink">{variant.label}</p>
        <p className="text-xs text-muted">{variant.hint}</p>
      </div>
      {editor.canEdit && (
        <div className="flex gap-1">
          <Button variant="secondary" size="sm" onClick={() => setPicking(true)}>
            <ImagePlus aria-hidden="true" />
            {current ? 'Replace' : 'Choose'}
          </Button>
          {current && (
            <Button variant="ghost" size="sm" aria-label={`Remove the ${variant.label.toLowerCase()}`} onClick={() => set(null)}>
              <Trash2 aria-hidden="true" />
            </Button>
          )}
        </div>
      )}
      <AssetPicker
        open={picking}
        onOpenChange={setPicking}
        kinds={['vector', 'image']}
        title={`Choose the ${variant.label.toLowerCase()}`}
        description="SVG is best for logos; PNG with a transparent background works too."
        brandId={brandId}
        tags={['logo']}
        onPick={(a) => set(a.id)}
      />
    </li>
  );
}

/** Reference images: a row of thumbnails with add and remove. */
export function ImageList({ ids, onChange, editor, brandId, label, tags }: { ids: string[]; onChange: (ids: string[]) => void; editor: VisualDraft; brandId: string; label: string; tags?: string[] }) {
  const [picking, setPicking] = useState(false);
  return (
    <div className="flex flex-col gap-2">
      {ids.length === 0 && <p className="text-sm text-muted">No images yet.</p>}
      <ul className="flex flex-wrap gap-3" aria-label={label}>
        {ids.map((id, i) => (
          <li key={`${id}-${i}`} className="relative">
            <AssetById id={id} className={`size-24 rounded-[var(--radius-button)] border border-line ${checker}`} alt={`${label} ${i + 1}`} />
            {editor.canEdit && (
              <button
                type="button"
                onClick={() => onChange(ids.filter((_, j) => j !== i))}
                className="absolute -top-2 -right-2 inline-flex size-8 items-center justify-center rounded-full border border-line bg-white text-muted shadow-sm hover:text-danger"
                aria-label={`Remove ${label.toLowerCase()} ${i + 1}`}
              >
                <Trash2 className="size-4" aria-hidden="true" />
              </button>
            )}
          </li>
        ))}
      </ul>
      {editor.canEdit && ids.length < 100 && (
        <div>
          <Button variant="secondary" size="sm" onClick={() => setPicking(true)}>
            <Plus aria-hidden="true" />
            Add image
          </Button>
        </div>
      )}
      <AssetPicker open={picking} onOpenChange={setPicking} kinds={['image', 'vector']} title={`Add to ${label.toLowerCase()}`} brandId={brandId} tags={tags} onPick={(a) => onChange([...ids, a.id])} />
    </div>
  );
}

/** The logo set and its usage rules (FR-6.1.1, FR-6.1.2). */
export function LogoSection({ editor, brandId }: { editor: VisualDraft; brandId: string }) {
  const { draft, canEdit, errors, edit } = editor;
  const rules = draft.visual.logo_rules;
  const number = (v: string) => (v.trim() === '' ? null : Number(v));
  return (
    <>
      <Section id="logos" title="Logo set" description="Every version of the logo, from the asset library.">
        <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
          {LOGO_VARIANTS.map((v) => (
            <LogoSlot key={v.value} variant={v} editor={editor} brandId={brandId} />
          ))}
        </ul>
      </Section>
      <Section id="logo-rules" title="Logo usage rules" description="Minimum size and clear space are measured by the logo check; the do's and don'ts guide people and agents.">
        <div className="grid gap-5 sm:grid-cols-2">
          <PathField path="visual.logo_rules.min_width_px" label="Minimum width (px)" errors={errors} hint="The logo is never shown narrower than this.">
            <Input type="number" inputMode="numeric" min={1} max={10000} value={rules.min_width_px ?? ''} readOnly={!canEdit} placeholder="e.g. 120" onChange={(e) => edit((d) => void (d.visual.logo_rules.min_width_px = number(e.target.value)))} />
          </PathField>
          <PathField path="visual.logo_rules.clear_space_ratio" label="Clear space (× logo height)" errors={errors} hint="Free space kept around the logo, e.g. 0.25 of its height.">
            <Input type="number" inputMode="decimal" min={0} max={2} step={0.05} value={rules.clear_space_ratio ?? ''} readOnly={!canEdit} placeholder="e.g. 0.25" onChange={(e) => edit((d) => void (d.visual.logo_rules.clear_space_ratio = number(e.target.value)))} />
          </PathField>
        </div>
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="flex flex-col gap-3">
            <h3 className="text-sm font-semibold text-ink">Do</h3>
            <LinesEditor path="visual.logo_rules.dos" items={rules.dos} onChange={(dos) => edit((d) => void (d.visual.logo_rules.dos = dos))} errors={errors} disabled={!canEdit} addLabel="Add a do" itemLabel="Do" placeholder="Use the mono version on photos" empty="Nothing yet." />
            <ImageList ids={rules.do_examples} onChange={(ids) => edit((d) => void (d.visual.logo_rules.do_examples = ids))} editor={editor} brandId={brandId} label="Examples of correct use" />
          </div>
          <div className="flex flex-col gap-3">
            <h3 className="text-sm font-semibold text-ink">Don't</h3>
            <LinesEditor path="visual.logo_rules.donts" items={rules.donts} onChange={(donts) => edit((d) => void (d.visual.logo_rules.donts = donts))} errors={errors} disabled={!canEdit} addLabel="Add a don't" itemLabel="Don't" placeholder="Stretch, recolour or rotate the logo" empty="Nothing yet." />
            <ImageList ids={rules.dont_examples} onChange={(ids) => edit((d) => void (d.visual.logo_rules.dont_examples = ids))} editor={editor} brandId={brandId} label="Examples of misuse" />
          </div>
        </div>
      </Section>
    </>
  );
}
