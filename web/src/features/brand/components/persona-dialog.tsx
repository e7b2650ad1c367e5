import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { errorMessage, isProblem } from '@/lib/api/problem';
import { usePermission } from '@/lib/auth/permissions';
import type { BuyingStage, Persona, PersonaDetails, PersonaInput } from '@/lib/api/types';
import { useCreatePersona } from '../api/create-persona';
import { useUpdatePersona } from '../api/update-persona';
import { ChipInput } from './chip-input';
import { fieldErrorMap, type FieldErrorMap } from './field-errors';
import { LinesInput } from './lines-input';
import { BUYING_STAGES } from './persona-stages';
import { Textarea } from '@/components/ui/textarea';

export function emptyDetails(): PersonaDetails {
  return {
    summary: '',
    demographics: { age_range: '', gender: '', location: '', income: '', education: '', job_title: '', company_size: '', industry: '' },
    psychographics: { values: [], interests: [], lifestyle: '', attitudes: '' },
    behaviours: { media_habits: '', purchase_behaviour: '', tools: [] },
    goals: [],
    pains: [],
    objections: [],
    preferred_channels: [],
    quote: '',
  };
}

const DEMOGRAPHICS: { key: keyof PersonaDetails['demographics']; label: string; placeholder: string }[] = [
  { key: 'age_range', label: 'Age range', placeholder: '28-40' },
  { key: 'gender', label: 'Gender', placeholder: 'Any' },
  { key: 'location', label: 'Location', placeholder: 'Lisbon, urban' },
  { key: 'income', label: 'Income', placeholder: '€40-60k' },
  { key: 'education', label: 'Education', placeholder: 'Degree' },
  { key: 'job_title', label: 'Job title', placeholder: 'Product designer' },
  { key: 'company_size', label: 'Company size', placeholder: '10-50' },
  { key: 'industry', label: 'Industry', placeholder: 'Software' },
];

/** Creates a persona, or edits one (FR-1.4.1). Server field errors show next to their fields. */
export function PersonaDialog({ brandId, persona, open, onOpenChange }: { brandId: string; persona: Persona | null; open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open && <PersonaForm key={persona?.id ?? 'new'} brandId={brandId} persona={persona} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}

function PersonaForm({ brandId, persona, onDone }: { brandId: string; persona: Persona | null; onDone: () => void }) {
  const [value, setValue] = useState<PersonaInput>(() => ({
    name: persona?.name ?? '',
    buying_stage: persona?.buying_stage ?? 'awareness',
    details: persona ? structuredClone(persona.details) : emptyDetails(),
  }));
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<string | null>(null);
  const canEdit = usePermission('content_write');
  const create = useCreatePersona(brandId);
  const update = useUpdatePersona(brandId);
  const d = value.details ?? emptyDetails();
  const set = (mutate: (v: PersonaInput & { details: PersonaDetails }) => void) =>
    setValue((prev) => {
      const next = structuredClone({ ...prev, details: prev.details ?? emptyDetails() });
      mutate(next);
      return next;
    });
  const field = (path: string, label: string, control: React.ReactElement<{ id?: string }>, hint?: string) => (
    <FormField id={`persona-${path.replace(/\W+/g, '-')}`} label={label} error={errors[path]} hint={hint}>
      {control}
    </FormField>
  );

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setFormError(null);
    if (!value.name.trim()) {
      setErrors({ name: 'Give the persona a name.' });
      document.getElementById('persona-name')?.focus();
      return;
    }
    try {
      if (persona) await update.mutateAsync({ id: persona.id, body: value });
      else await create.mutateAsync(value);
      onDone();
    } catch (err) {
      const map = fieldErrorMap(err);
      setErrors(map);
      if (!isProblem(err, 'validation_failed') || Object.keys(map).length === 0) setFormError(errorMessage(err));
    }
  };

  return (
    <DialogContent wide title={persona ? (canEdit ? `Edit ${persona.name}` : persona.name) : 'New persona'} description="Who you talk to: what they are like, what they want, and what holds them back.">
      <form noValidate onSubmit={submit} className="flex flex-col gap-6">
        {formError && <Alert tone="danger">{formError}</Alert>}
        <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          {field('name', 'Name', <Input autoFocus value={value.name} maxLength={200} placeholder="Home barista Hana" onChange={(e) => set((v) => void (v.name = e.target.value))} />)}
          {field(
            'buying_stage',
            'Buying stage',
            <Select value={value.buying_stage ?? 'awareness'} onValueChange={(s) => set((v) => void (v.buying_stage = s as BuyingStage))} options={BUYING_STAGES.map((s) => ({ value: s.value, label: s.label, description: s.hint }))} />,
          )}
        </div>
        {field('details.summary', 'Summary', <Textarea rows={2} value={d.summary} onChange={(e) => set((v) => void (v.details.summary = e.target.value))} />)}

        <fieldset className="flex flex-col gap-3">
          <legend className="mb-2 font-heading text-base font-semibold text-ink">Demographics</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {DEMOGRAPHICS.map(({ key, label, placeholder }) => (
              <div key={key}>{field(`details.demographics.${key}`, label, <Input value={d.demographics[key]} placeholder={placeholder} onChange={(e) => set((v) => void (v.details.demographics[key] = e.target.value))} />)}</div>
            ))}
          </div>
        </fieldset>

        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 font-heading text-base font-semibold text-ink">Psychographics</legend>
          {field('details.psychographics.values', 'Values', <ChipInput id="persona-values" label="value" values={d.psychographics.values} onChange={(vals) => set((v) => void (v.details.psychographics.values = vals))} placeholder="craft, sustainability" />)}
          {field('details.psychographics.interests', 'Interests', <ChipInput id="persona-interests" label="interest" values={d.psychographics.interests} onChange={(vals) => set((v) => void (v.details.psychographics.interests = vals))} placeholder="specialty coffee, design" />)}
          <div className="grid gap-4 sm:grid-cols-2">
            {field('details.psychographics.lifestyle', 'Lifestyle', <Textarea rows={2} value={d.psychographics.lifestyle} onChange={(e) => set((v) => void (v.details.psychographics.lifestyle = e.target.value))} />)}
            {field('details.psychographics.attitudes', 'Attitudes', <Textarea rows={2} value={d.psychographics.attitudes} onChange={(e) => set((v) => void (v.details.psychographics.attitudes = e.target.value))} />)}
          </div>
        </fieldset>

        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 font-heading text-base font-semibold text-ink">Behaviours</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {field('details.behaviours.media_habits', 'Media habits', <Textarea rows={2} value={d.behaviours.media_habits} onChange={(e) => set((v) => void (v.details.behaviours.media_habits = e.target.value))} />)}
            {field('details.behaviours.purchase_behaviour', 'Purchase behaviour', <Textarea rows={2} value={d.behaviours.purchase_behaviour} onChange={(e) => set((v) => void (v.details.behaviours.purchase_behaviour = e.target.value))} />)}
          </div>
          {field('details.behaviours.tools', 'Tools they use', <ChipInput id="persona-tools" label="tool" values={d.behaviours.tools} onChange={(vals) => set((v) => void (v.details.behaviours.tools = vals))} placeholder="Aeropress, Notion" />)}
        </fieldset>

        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 font-heading text-base font-semibold text-ink">Motivations</legend>
          <div className="grid gap-4 sm:grid-cols-3">
            {field('details.goals', 'Goals', <LinesInput values={d.goals} onChange={(vals) => set((v) => void (v.details.goals = vals))} />, 'One per line.')}
            {field('details.pains', 'Pains', <LinesInput values={d.pains} onChange={(vals) => set((v) => void (v.details.pains = vals))} />, 'One per line.')}
            {field('details.objections', 'Objections', <LinesInput values={d.objections} onChange={(vals) => set((v) => void (v.details.objections = vals))} />, 'One per line.')}
          </div>
          {field('details.preferred_channels', 'Preferred channels', <ChipInput id="persona-channels" label="channel" values={d.preferred_channels} onChange={(vals) => set((v) => void (v.details.preferred_channels = vals))} placeholder="Instagram, Email, Podcasts" />)}
          {field('details.quote', 'In their words', <Input value={d.quote} placeholder="“I want to taste the origin.”" onChange={(e) => set((v) => void (v.details.quote = e.target.value))} />)}
        </fieldset>

        <DialogFooter className="mt-0">
          <DialogClose asChild>
            <Button variant="secondary">{canEdit ? 'Cancel' : 'Close'}</Button>
          </DialogClose>
          {canEdit && (
            <Button type="submit" loading={create.isPending || update.isPending}>
              {persona ? 'Save persona' : 'Create persona'}
            </Button>
          )}
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
