import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { errorMessage, ProblemError } from '@/lib/api/problem';
import type { CrawlSchedule, Site } from '@/lib/api/types';
import { useCreateSite } from '../api/create-site';
import { SCHEDULES } from '../lib/crawl-status';
import { emptySiteForm, MAX_MAX_PAGES, toSiteInput, validateSite, type SiteForm } from '../lib/site-form';

const FIELD_IDS: Record<string, string> = { url: 'site-url', name: 'site-name', max_pages: 'site-max-pages', schedule: 'site-schedule' };

/** The "Add a site" form. Field errors, local or from the server, show next to their field. */
export function AddSiteForm({ onCreated, onCancel }: { onCreated: (site: Site) => void; onCancel?: () => void }) {
  const [form, setForm] = useState<SiteForm>(emptySiteForm);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateSite();

  const set = <K extends keyof SiteForm>(key: K, value: SiteForm[K], errorKey: string = key) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (errors[errorKey]) setErrors(({ [errorKey]: _, ...rest }) => rest);
  };

  const focusFirst = (e: Record<string, string>) => {
    const first = Object.keys(FIELD_IDS).find((k) => e[k]);
    if (first) document.getElementById(FIELD_IDS[first])?.focus();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    const local = validateSite(form);
    setErrors(local);
    if (Object.keys(local).length > 0) return focusFirst(local);
    create.mutate(toSiteInput(form), {
      onSuccess: (site) => {
        setForm(emptySiteForm());
        onCreated(site);
      },
      onError: (err) => {
        if (err instanceof ProblemError && err.errors.length > 0) {
          const next: Record<string, string> = {};
          const other: string[] = [];
          for (const fe of err.errors) {
            if (fe.field in FIELD_IDS) next[fe.field] ??= fe.message;
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
    <form noValidate onSubmit={submit} aria-label="Add a site" className="flex flex-col gap-5">
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="site-url" label="Website address" error={errors.url} hint="The start page; the crawl follows links on the same host.">
          <Input type="url" inputMode="url" autoComplete="url" value={form.url} onChange={(e) => set('url', e.target.value)} placeholder="https://example.com" required />
        </FormField>
        <FormField id="site-name" label="Name" error={errors.name} hint="Optional. Defaults to the host name.">
          <Input value={form.name} maxLength={200} onChange={(e) => set('name', e.target.value)} placeholder="Main website" />
        </FormField>
        <FormField id="site-max-pages" label="Page budget" error={errors.max_pages} hint={`Pages one crawl fetches at most, 1 to ${MAX_MAX_PAGES.toLocaleString('en')}.`}>
          <Input type="number" inputMode="numeric" min={1} max={MAX_MAX_PAGES} value={form.maxPages} onChange={(e) => set('maxPages', e.target.value, 'max_pages')} />
        </FormField>
        <FormField id="site-schedule" label="Schedule" error={errors.schedule}>
          <Select value={form.schedule} onValueChange={(v) => set('schedule', v as CrawlSchedule)} options={SCHEDULES.map((s) => ({ value: s.value, label: s.label, description: s.description }))} />
        </FormField>
      </div>
      {formError && <Alert tone="danger">{formError}</Alert>}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" loading={create.isPending}>
          <Plus aria-hidden="true" />
          Add site
        </Button>
      </div>
    </form>
  );
}
