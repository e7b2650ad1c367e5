import { Globe, Plus, Trash2, Type } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { errorMessage, isProblem } from '@/lib/api/problem';
import type { Brand, BrandProfile } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { useCreateBrand } from '../api/create-brand';
import { useSaveBrandDraft } from '../api/save-brand-draft';

export type CaptureSlot = (props: { brandId: string; onApplied: () => void }) => ReactNode;

type Method = 'type' | 'capture';

const textareaClass =
  'min-h-24 w-full rounded-[var(--radius-button)] border border-line bg-white px-3 py-2 text-sm text-ink placeholder:text-muted focus-visible:border-primary aria-[invalid=true]:border-danger';

function fieldError(e: unknown, field: string): string | undefined {
  if (!isProblem(e)) return undefined;
  return e.errors.find((f) => f.field === field)?.message;
}

/** Step 1: name the brand, then type the foundation in or capture it from the website and confirm it. */
export function StepFoundation({ brand, onBrandCreated, onDone, renderCapture }: { brand: Brand | null; onBrandCreated: (b: Brand) => void; onDone: () => void; renderCapture: CaptureSlot }) {
  const [method, setMethod] = useState<Method>('type');
  const [name, setName] = useState('');
  const create = useCreateBrand();

  if (!brand) {
    const nameError = fieldError(create.error, 'name');
    return (
      <form
        noValidate
        className="flex flex-col gap-6"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(name.trim(), { onSuccess: onBrandCreated });
        }}
      >
        <FormField id="brand-name" label="What is your brand called?" error={nameError}>
          <Input autoFocus value={name} onChange={(e) => setName(e.target.value)} placeholder="Northwind Coffee" maxLength={200} />
        </FormField>
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 text-sm font-medium text-ink">How would you like to start?</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            <MethodCard value="type" current={method} onChange={setMethod} icon={<Type className="size-5" />} title="Type it in" text="Write your mission, vision and values yourself." />
            <MethodCard value="capture" current={method} onChange={setMethod} icon={<Globe className="size-5" />} title="Capture from my website" text="We read your site and propose your name, colours, fonts and logos for you to confirm." />
          </div>
        </fieldset>
        {create.isError && !nameError && <Alert tone="danger">{errorMessage(create.error)}</Alert>}
        <div className="flex justify-end">
          <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
            Continue
          </Button>
        </div>
        <input type="hidden" name="method" value={method} />
      </form>
    );
  }

  return (
    <div className="flex flex-col gap-8">
      {method === 'capture' && renderCapture({ brandId: brand.id, onApplied: () => setMethod('type') })}
      <FoundationForm key={brand.updated_at} brand={brand} onDone={onDone} onCapture={method === 'type' ? () => setMethod('capture') : undefined} />
    </div>
  );
}

function MethodCard({ value, current, onChange, icon, title, text }: { value: Method; current: Method; onChange: (m: Method) => void; icon: ReactNode; title: string; text: string }) {
  const checked = value === current;
  return (
    <label
      className={cn(
        'flex cursor-pointer gap-3 rounded-[var(--radius-card)] border-2 p-4 transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-electric',
        checked ? 'border-primary bg-primary-soft/60' : 'border-line bg-white hover:border-primary/40',
      )}
    >
      <input type="radio" name="start-method" value={value} checked={checked} onChange={() => onChange(value)} className="sr-only" />
      <span className={cn('flex size-10 shrink-0 items-center justify-center rounded-full', checked ? 'bg-primary text-white' : 'bg-mist text-slate')}>{icon}</span>
      <span>
        <span className="block font-heading font-semibold text-ink">{title}</span>
        <span className="mt-0.5 block text-sm text-muted">{text}</span>
      </span>
    </label>
  );
}

type Values = Pick<BrandProfile, 'name' | 'tagline' | 'mission' | 'vision'> & { values: { name: string; description: string }[] };

function FoundationForm({ brand, onDone, onCapture }: { brand: Brand; onDone: () => void; onCapture?: () => void }) {
  const draft = brand.draft;
  const [v, setV] = useState<Values>({
    name: draft.name ?? brand.name,
    tagline: draft.tagline ?? '',
    mission: draft.mission ?? '',
    vision: draft.vision ?? '',
    values: draft.values?.length ? draft.values.map((x) => ({ name: x.name ?? '', description: x.description ?? '' })) : [{ name: '', description: '' }],
  });
  const save = useSaveBrandDraft();
  const set = <K extends keyof Values>(k: K, value: Values[K]) => setV((old) => ({ ...old, [k]: value }));
  const err = (f: string) => fieldError(save.error, f);

  const submit = () => {
    const values = v.values.filter((x) => x.name.trim());
    save.mutate({ id: brand.id, profile: { ...draft, name: v.name, tagline: v.tagline, mission: v.mission, vision: v.vision, values } }, { onSuccess: onDone });
  };

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      aria-label="Brand foundation"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-heading text-base font-semibold">Confirm the foundation</h3>
        {onCapture && (
          <Button variant="link" onClick={onCapture}>
            <Globe aria-hidden="true" /> Capture from a website instead
          </Button>
        )}
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="f-name" label="Brand name" error={err('name')}>
          <Input value={v.name} onChange={(e) => set('name', e.target.value)} maxLength={200} />
        </FormField>
        <FormField id="f-tagline" label="Tagline" error={err('tagline')} hint="The line people remember.">
          <Input value={v.tagline} onChange={(e) => set('tagline', e.target.value)} maxLength={300} />
        </FormField>
      </div>
      <FormField id="f-mission" label="Mission" error={err('mission')} hint="Why you exist and who you serve, today.">
        <textarea className={textareaClass} value={v.mission} onChange={(e) => set('mission', e.target.value)} />
      </FormField>
      <FormField id="f-vision" label="Vision" error={err('vision')} hint="The future you are working towards.">
        <textarea className={textareaClass} value={v.vision} onChange={(e) => set('vision', e.target.value)} />
      </FormField>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-medium text-ink">Values</legend>
        {v.values.map((val, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_auto]">
            <Input aria-label={`Value ${i + 1} name`} placeholder="Craft" value={val.name} onChange={(e) => set('values', v.values.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))} aria-invalid={err(`values[${i}].name`) ? true : undefined} />
            <Input aria-label={`Value ${i + 1} description`} placeholder="What it means in practice" value={val.description} onChange={(e) => set('values', v.values.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)))} />
            <Button variant="ghost" size="icon" aria-label={`Remove value ${i + 1}`} onClick={() => set('values', v.values.filter((_, j) => j !== i))} disabled={v.values.length === 1}>
              <Trash2 />
            </Button>
          </div>
        ))}
        <div>
          <Button variant="secondary" size="sm" onClick={() => set('values', [...v.values, { name: '', description: '' }])} disabled={v.values.length >= 10}>
            <Plus aria-hidden="true" /> Add a value
          </Button>
        </div>
      </fieldset>
      {save.isError && !isProblem(save.error, 'validation_failed') && <Alert tone="danger">{errorMessage(save.error)}</Alert>}
      {isProblem(save.error, 'validation_failed') && <Alert tone="danger">Some fields need attention.</Alert>}
      <div className="flex justify-end">
        <Button type="submit" loading={save.isPending} disabled={!v.name.trim()}>
          Save and continue
        </Button>
      </div>
    </form>
  );
}
