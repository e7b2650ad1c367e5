import { Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { errorMessage, ProblemError } from '@/lib/api/problem';
import type { CrawlSchedule, Site } from '@/lib/api/types';
import { absoluteTime } from '@/lib/format';
import { useDeleteSite } from '../api/delete-site';
import { useUpdateSite } from '../api/update-site';
import { SCHEDULES } from '../lib/crawl-status';
import { MAX_MAX_PAGES, parseMaxPages } from '../lib/site-form';

/** Name, schedule and page budget of the site, and its removal. */
export function SiteSettings({ site, canWrite }: { site: Site; canWrite: boolean }) {
  const [name, setName] = useState(site.name);
  const [schedule, setSchedule] = useState<CrawlSchedule>(site.schedule);
  const [maxPages, setMaxPages] = useState(String(site.max_pages));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateSite(site.id);
  const remove = useDeleteSite(site.id);
  const navigate = useNavigate();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const pages = parseMaxPages(maxPages);
    const local: Record<string, string> = {};
    if (typeof pages === 'string') local.max_pages = pages;
    if (!name.trim()) local.name = 'Give the site a name.';
    setErrors(local);
    if (Object.keys(local).length > 0 || typeof pages === 'string') return;
    update.mutate(
      { name: name.trim(), schedule, max_pages: pages },
      {
        onSuccess: () => setSaved(true),
        onError: (err) => {
          if (err instanceof ProblemError && err.errors.length > 0) {
            setErrors(Object.fromEntries(err.errors.map((fe) => [fe.field, fe.message])));
          }
        },
      },
    );
  };

  return (
    <Card aria-labelledby="settings-title">
      <CardHeader>
        <CardTitle id="settings-title">Settings</CardTitle>
      </CardHeader>
      <CardContent>
        <form noValidate onSubmit={submit} aria-label="Site settings" className="flex flex-col gap-5">
          <FormField id="settings-name" label="Name" error={errors.name}>
            <Input value={name} maxLength={200} disabled={!canWrite} onChange={(e) => setName(e.target.value)} />
          </FormField>
          <div className="grid gap-5 sm:grid-cols-2">
            <FormField id="settings-schedule" label="Schedule" error={errors.schedule} hint={site.next_crawl_at ? `Next crawl ${absoluteTime(site.next_crawl_at)}` : 'Crawls run only when started.'}>
              <Select value={schedule} disabled={!canWrite} onValueChange={(v) => setSchedule(v as CrawlSchedule)} options={SCHEDULES.map((s) => ({ value: s.value, label: s.label }))} />
            </FormField>
            <FormField id="settings-max-pages" label="Page budget" error={errors.max_pages} hint={`1 to ${MAX_MAX_PAGES.toLocaleString('en')} pages per crawl.`}>
              <Input type="number" inputMode="numeric" min={1} max={MAX_MAX_PAGES} disabled={!canWrite} value={maxPages} onChange={(e) => setMaxPages(e.target.value)} />
            </FormField>
          </div>
          {update.isError && !(update.error instanceof ProblemError && update.error.errors.length > 0) && <Alert tone="danger">{errorMessage(update.error)}</Alert>}
          {saved && !update.isPending && <Alert tone="success">Settings saved.</Alert>}
          {canWrite && (
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
              <Button variant="ghost" className="text-danger hover:text-danger" onClick={() => setConfirming(true)}>
                <Trash2 aria-hidden="true" />
                Delete site
              </Button>
              <Button type="submit" loading={update.isPending}>
                Save settings
              </Button>
            </div>
          )}
        </form>
      </CardContent>
      <ConfirmDialog
        open={confirming}
        onOpenChange={(o) => {
          setConfirming(o);
          if (!o) remove.reset();
        }}
        title={`Delete ${site.name}?`}
        description="Every crawl of this site, with its pages, issues and trend, is removed. This cannot be undone."
        confirmLabel="Delete site"
        pending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate('/research', { replace: true }) })}
      />
    </Card>
  );
}
