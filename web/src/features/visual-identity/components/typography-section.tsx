import { Plus, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { cn } from '@/lib/cn';
import type { FontFamily, FontRole, TypeStep } from '@/lib/api/types';
import { PathField, Section } from './fields';
import { FONT_ROLES } from './labels';
import { fieldId, type VisualDraft } from './use-visual-draft';

const WEIGHTS = [100, 200, 300, 400, 500, 600, 700, 800, 900];
const SAMPLE = 'The quick brown fox jumps over the lazy dog';

/** A CSS font-family stack: the family quoted, then its fallback. */
export function fontStack(f: FontFamily | undefined): string | undefined {
  if (!f?.family.trim()) return undefined;
  const family = `"${f.family.trim().replace(/"/g, '')}"`;
  return f.fallback?.trim() ? `${family}, ${f.fallback}` : family;
}

function FamilyRow({ family, index, editor }: { family: FontFamily; index: number; editor: VisualDraft }) {
  const { canEdit, errors, edit } = editor;
  const path = `visual.typography.families[${index}]`;
  const update = (patch: Partial<FontFamily>) => edit((d) => void Object.assign(d.visual.typography.families[index], patch));
  const weights = family.weights ?? [];
  return (
    <li className="relative flex flex-col gap-4 rounded-[var(--radius-button)] border border-line p-3 pr-14 sm:p-4 sm:pr-16">
      <div className="grid gap-4 sm:grid-cols-[12rem_minmax(0,1fr)_minmax(0,1fr)] sm:items-start">
        <FormField id={fieldId(`${path}.role`)} label="Used for">
          <Select value={family.role} disabled={!canEdit} onValueChange={(v) => update({ role: v as FontRole })} options={FONT_ROLES} />
        </FormField>
        <PathField path={`${path}.family`} label="Family" errors={errors}>
          <Input value={family.family} readOnly={!canEdit} maxLength={100} placeholder="Inter" onChange={(e) => update({ family: e.target.value })} />
        </PathField>
        <PathField path={`${path}.fallback`} label="Fallback" errors={errors} hint="When the font is not available.">
          <Input value={family.fallback ?? ''} readOnly={!canEdit} placeholder="system-ui, sans-serif" onChange={(e) => update({ fallback: e.target.value })} />
        </PathField>
        {canEdit && (
          <Button variant="ghost" size="icon" className="absolute top-2 right-2 sm:top-3 sm:right-3" aria-label={`Remove font ${index + 1}`} onClick={() => edit((d) => void d.visual.typography.families.splice(index, 1))}>
            <Trash2 aria-hidden="true" />
          </Button>
        )}
      </div>
      <fieldset>
        <legend className="mb-1.5 text-sm font-medium text-ink">Weights</legend>
        <div className="flex flex-wrap gap-1.5">
          {WEIGHTS.map((w) => {
            const on = weights.includes(w);
            return (
              <button
                key={w}
                type="button"
                disabled={!canEdit}
                aria-pressed={on}
                onClick={() => update({ weights: on ? weights.filter((x) => x !== w) : [...weights, w].sort((a, b) => a - b) })}
                className={cn(
                  'min-h-9 min-w-12 rounded-full border px-2.5 text-sm max-md:min-h-11',
                  on ? 'border-primary bg-primary-soft text-primary-hover' : 'border-line bg-white text-slate hover:border-primary/40',
                  'disabled:cursor-not-allowed disabled:opacity-70',
                )}
                style={{ fontFamily: fontStack(family), fontWeight: w }}
              >
                {w}
              </button>
            );
          })}
        </div>
        {errors[`${path}.weights`] && <p className="mt-1 text-sm text-danger">{errors[`${path}.weights`]}</p>}
      </fieldset>
      {family.family.trim() && (
        <p className="truncate text-lg text-ink" style={{ fontFamily: fontStack(family) }}>
          {SAMPLE}
        </p>
      )}
    </li>
  );
}

function ScaleRow({ step, index, editor, heading, body }: { step: TypeStep; index: number; editor: VisualDraft; heading?: string; body?: string }) {
  const { canEdit, errors, edit } = editor;
  const path = `visual.typography.scale[${index}]`;
  const update = (patch: Partial<TypeStep>) => edit((d) => void Object.assign(d.visual.typography.scale[index], patch));
  const isHeading = !/body|small|caption|label/i.test(step.name);
  const number = (v: string) => (v === '' ? 0 : Number(v));
  return (
    <li className="relative flex flex-col gap-3 border-b border-line pb-4 last:border-0 last:pb-0">
      <div className="grid grid-cols-3 gap-3 sm:grid-cols-[minmax(0,1.2fr)_repeat(3,minmax(0,1fr))_auto] sm:items-end">
        <PathField path={`${path}.name`} label="Name" errors={errors} className="col-span-3 mr-12 sm:col-span-1 sm:mr-0">
          <Input value={step.name} readOnly={!canEdit} maxLength={50} onChange={(e) => update({ name: e.target.value })} />
        </PathField>
        <PathField path={`${path}.size_px`} label="Size (px)" errors={errors}>
          <Input type="number" inputMode="decimal" min={6} max={400} step={1} value={step.size_px} readOnly={!canEdit} onChange={(e) => update({ size_px: number(e.target.value) })} />
        </PathField>
        <PathField path={`${path}.line_height`} label="Line height" errors={errors}>
          <Input type="number" inputMode="decimal" min={0.8} max={3} step={0.05} value={step.line_height} readOnly={!canEdit} onChange={(e) => update({ line_height: number(e.target.value) })} />
        </PathField>
        <PathField path={`${path}.weight`} label="Weight" errors={errors}>
          <Input type="number" inputMode="numeric" min={100} max={900} step={100} value={step.weight} readOnly={!canEdit} onChange={(e) => update({ weight: number(e.target.value) })} />
        </PathField>
        {canEdit && (
          <Button variant="ghost" size="icon" className="absolute top-6 right-0 sm:static" aria-label={`Remove ${step.name || `step ${index + 1}`}`} onClick={() => edit((d) => void d.visual.typography.scale.splice(index, 1))}>
            <Trash2 aria-hidden="true" />
          </Button>
        )}
      </div>
      <p
        className="overflow-hidden text-ellipsis whitespace-nowrap text-ink"
        style={{ fontFamily: (isHeading ? heading : body) ?? body ?? heading, fontSize: `${Math.min(Math.max(step.size_px, 6), 96)}px`, lineHeight: step.line_height, fontWeight: step.weight }}
      >
        {step.name || 'Sample'} · {SAMPLE}
      </p>
    </li>
  );
}

/** Font families per role with weights and fallbacks, and the type scale shown in those fonts (FR-6.1). */
export function TypographySection({ editor }: { editor: VisualDraft }) {
  const { draft, canEdit, edit } = editor;
  const { families, scale } = draft.visual.typography;
  const heading = fontStack(families.find((f) => f.role === 'heading'));
  const body = fontStack(families.find((f) => f.role === 'body'));
  return (
    <Section id="typography" title="Typography" description="The families the brand sets type in, and the sizes it uses. Previews use the font when this computer has it, else the fallback.">
      <div className="flex flex-col gap-3">
        <h3 className="text-sm font-semibold text-ink">Families</h3>
        {families.length === 0 ? <p className="text-sm text-muted">No fonts yet.</p> : null}
        <ul className="flex flex-col gap-3">
          {families.map((f, i) => (
            <FamilyRow key={i} family={f} index={i} editor={editor} />
          ))}
        </ul>
        {canEdit && families.length < 10 && (
          <div>
            <Button
              variant="secondary"
              size="sm"
              onClick={() =>
                edit((d) => {
                  const used = new Set(d.visual.typography.families.map((f) => f.role));
                  const role = FONT_ROLES.find((r) => !used.has(r.value))?.value ?? 'accent';
                  d.visual.typography.families.push({ role, family: '', weights: [400, 700], fallback: role === 'monospace' ? 'ui-monospace, monospace' : 'system-ui, sans-serif' });
                })
              }
            >
              <Plus aria-hidden="true" />
              Add font
            </Button>
          </div>
        )}
      </div>
      <div className="flex flex-col gap-3">
        <h3 className="text-sm font-semibold text-ink">Type scale</h3>
        {scale.length === 0 ? <p className="text-sm text-muted">No sizes yet.</p> : null}
        <ul className="flex flex-col gap-4">
          {scale.map((s, i) => (
            <ScaleRow key={i} step={s} index={i} editor={editor} heading={heading} body={body} />
          ))}
        </ul>
        {canEdit && scale.length < 20 && (
          <div>
            <Button variant="secondary" size="sm" onClick={() => edit((d) => void d.visual.typography.scale.push({ name: 'Caption', size_px: 12, line_height: 1.4, weight: 400 }))}>
              <Plus aria-hidden="true" />
              Add size
            </Button>
          </div>
        )}
      </div>
    </Section>
  );
}
