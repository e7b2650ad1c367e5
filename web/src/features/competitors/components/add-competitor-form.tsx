import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { errorMessage, ProblemError } from '@/lib/api/problem';
import type { Competitor } from '@/lib/api/types';
import { useCreateCompetitor } from '../api/create-competitor';
import { emptyCompetitorForm, errorFieldKey, NETWORKS, toCompetitorInput, validateCompetitor, type CompetitorForm, type Schedule } from '../lib/competitor-form';
import { SCHEDULES } from '../lib/snapshot-status';

const FIELD_IDS: Record<string, string> = {
  name: 'competitor-name',
  website: 'competitor-website',
  ...Object.fromEntries(NETWORKS.map((n) => [`social.${n.key}`, `competitor-social-${n.key}`])),
  schedule: 'competitor-schedule',
  alert_threshold: 'competitor-threshold',
};

/** The "Add a competitor" form. Field errors, local or from the server, show next to their field. */
export function AddCompetitorForm({ onCreated, onCancel }: { onCreated: (c: Competitor) => void; onCancel?: () => void }) {
  const [form, setForm] = useState<CompetitorForm>(emptyCompetitorForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateCompetitor();

  const clear = (key: string) => {
    if (errors[key]) setErrors(({ [key]: _, ...rest }) => rest);
  };

  const focusFirst = (e: Record<string, string>) => {
    const first = Object.keys(FIELD_IDS).find((k) => e[k]);
    if (first) document.getElementById(FIELD_IDS[first])?.focus();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    const local = validateCompetitor(form);
    setErrors(local);
    if (Object.keys(local).length > 0) return focusFirst(local);
    create.mutate(toCompetitorInput(form), {
      onSuccess: (c) => {
        setForm(emptyCompetitorForm());
        onCreated(c);
      },
      onError: (err) => {
        if (err instanceof ProblemError && err.errors.length > 0) {
          const next: Record<string, string> = {};
          const other: string[] = [];
          for (const fe of err.errors) {
            const key = errorFieldKey(fe.field);
            if (key in FIELD_IDS) next[key] ??= fe.message;
            else other.push(fe.message);
          }
          setErrors(next);
          if (other.length > 0) setFormError(other.join(' '));
          focusFirst(next);
          return;
        }
        setFormError(errorMessage(err));
      },
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-label="Add a competitor" className="flex flex-col gap-5">
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="competitor-name" label="Name" error={errors.name}>
          <Input
            value={form.name}
            maxLength={200}
            onChange={(e) => {
              setForm((f) => ({ ...f, name: e.target.value }));
              clear('name');
            }}
            placeholder="Acme"
            required
          />
        </FormField>
        <FormField id="competitor-website" label="Website" error={errors.website} hint="The home page; key pages such as pricing are found from it.">
          <Input
            type="url"
            inputMode="url"
            value={form.website}
            onChange={(e) => {
              setForm((f) => ({ ...f, website: e.target.value }));
              clear('website');
            }}
            placeholder="https://acme.com"
            required
          />
        </FormField>
        <FormField id="competitor-schedule" label="Snapshot schedule" error={errors.schedule}>
          <Select
            value={form.schedule}
            onValueChange={(v) => setForm((f) => ({ ...f, schedule: v as Schedule }))}
            options={SCHEDULES.map((s) => ({ value: s.value, label: s.label, description: s.description }))}
          />
        </FormField>
        <FormField
          id="competitor-threshold"
          label="Alert threshold"
          error={errors.alert_threshold}
          labelAside={<span className="text-sm font-medium text-ink tabular-nums">{form.threshold}%</span>}
          hint="Changes at least this significant raise an alert. Prices and plans weigh most, wording least."
        >
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={form.threshold}
            aria-valuetext={`${form.threshold}%`}
            onChange={(e) => setForm((f) => ({ ...f, threshold: Number(e.target.value) }))}
            className="h-11 w-full cursor-pointer accent-primary focus-visible:outline-2 focus-visible:outline-primary"
          />
        </FormField>
      </div>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-sm font-medium text-ink">Social profiles (optional)</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {NETWORKS.map((n) => (
            <FormField key={n.key} id={`competitor-social-${n.key}`} label={n.label} error={errors[`social.${n.key}`]}>
              <Input
                value={form.social[n.key]}
                inputMode="url"
                onChange={(e) => {
                  const v = e.target.value;
                  setForm((f) => ({ ...f, social: { ...f.social, [n.key]: v } }));
                  clear(`social.${n.key}`);
                }}
                placeholder={`${n.host}/acme`}
              />
            </FormField>
          ))}
        </div>
      </fieldset>
      {formError && <Alert tone="danger">{formError}</Alert>}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" loading={create.isPending}>
          <Plus aria-hidden="true" />
          Add competitor
        </Button>
      </div>
    </form>
  );
}
