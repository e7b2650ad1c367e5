import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { errorMessage, isProblem } from '@/lib/api/problem';
import { createCompetitor } from '../api/create-competitor';
import { createSite } from '../api/create-site';
import { startCrawl } from '../api/start-crawl';

const ROWS = 3;

type Row = { name: string; website: string };
type Errors = Record<string, string>;

const blank = (r: Row) => !r.name.trim() && !r.website.trim();

/** The server's field errors of a 422, keyed by the form's own field names; null for any other failure. */
function fieldErrors(e: unknown, key: (field: string) => string): Errors | null {
  if (!isProblem(e) || e.status !== 422 || e.errors.length === 0) return null;
  return Object.fromEntries(e.errors.map((f) => [key(f.field), f.message]));
}

/**
 * Step 2: the brand's website and up to three competitors. "Start research" registers the site, queues its
 * first crawl and adds the competitors (the server snapshots each on its own). What was already created is
 * remembered, so fixing one field and starting again never creates anything twice.
 */
export function StepResearch({ onDone, saving }: { onDone: () => void; saving: boolean }) {
  const queryClient = useQueryClient();
  const [website, setWebsite] = useState('');
  const [rows, setRows] = useState<Row[]>(() => Array.from({ length: ROWS }, () => ({ name: '', website: '' })));
  const [siteId, setSiteId] = useState<string | null>(null);
  const [crawlStarted, setCrawlStarted] = useState(false);
  const [added, setAdded] = useState<boolean[]>(() => Array(ROWS).fill(false));
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const setRow = (i: number, patch: Partial<Row>) => setRows((old) => old.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const nothingEntered = !website.trim() && rows.every(blank);

  const run = async () => {
    // A half-filled row is caught here, before anything is created.
    const missing: Errors = {};
    rows.forEach((r, i) => {
      if (added[i] || blank(r)) return;
      if (!r.name.trim()) missing[`c${i}.name`] = 'Enter the competitor’s name.';
      if (!r.website.trim()) missing[`c${i}.website`] = 'Enter the competitor’s website.';
    });
    if (Object.keys(missing).length) return setErrors(missing);

    let id = siteId;
    const url = website.trim();
    if (url && !id) {
      try {
        id = (await createSite({ url })).id;
        setSiteId(id);
      } catch (e) {
        const fe = fieldErrors(e, (f) => (f === 'url' ? 'website' : f));
        if (!fe) throw e;
        return setErrors(fe);
      }
    }
    if (id && !crawlStarted) {
      try {
        await startCrawl(id);
      } catch (e) {
        // A crawl already under way is what this step wants anyway.
        if (!isProblem(e, 'research.crawl_running')) throw e;
      }
      setCrawlStarted(true);
    }
    if (id) void queryClient.invalidateQueries({ queryKey: ['research'] });

    const rowErrors: Errors = {};
    for (const [i, r] of rows.entries()) {
      if (added[i] || blank(r)) continue;
      try {
        await createCompetitor({ name: r.name.trim(), website: r.website.trim() });
        setAdded((old) => old.map((a, j) => a || j === i));
        // Same key prefix as the competitors pages, so their lists show the new entries.
        void queryClient.invalidateQueries({ queryKey: ['competitors'] });
      } catch (e) {
        const fe = fieldErrors(e, (f) => `c${i}.${f}`);
        if (!fe) throw e;
        Object.assign(rowErrors, fe);
      }
    }
    if (Object.keys(rowErrors).length) return setErrors(rowErrors);
    onDone();
  };

  const start = async () => {
    setErrors({});
    setFailure(null);
    setBusy(true);
    try {
      await run();
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      aria-label="Research your market"
      className="flex flex-col gap-6"
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <FormField id="research-website" label="Your website" error={errors.website} hint={siteId ? 'Added; its first crawl has started.' : 'We crawl it for a technical SEO audit.'}>
        <Input type="url" inputMode="url" autoComplete="url" placeholder="northwind.coffee" value={website} onChange={(e) => setWebsite(e.target.value)} disabled={Boolean(siteId)} />
      </FormField>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 text-sm font-medium text-ink">Competitors (up to three)</legend>
        {rows.map((r, i) => (
          <div key={i} className="grid gap-3 sm:grid-cols-2">
            <FormField id={`research-c${i}-name`} label={<>Name<span className="sr-only"> of competitor {i + 1}</span></>} error={errors[`c${i}.name`]}>
              <Input placeholder="Acme" value={r.name} onChange={(e) => setRow(i, { name: e.target.value })} maxLength={200} disabled={added[i]} />
            </FormField>
            <FormField id={`research-c${i}-website`} label={<>Website<span className="sr-only"> of competitor {i + 1}</span></>} error={errors[`c${i}.website`]} hint={added[i] ? 'Added.' : undefined}>
              <Input type="url" inputMode="url" placeholder="acme.com" value={r.website} onChange={(e) => setRow(i, { website: e.target.value })} disabled={added[i]} />
            </FormField>
          </div>
        ))}
      </fieldset>
      <p className="text-sm text-slate">The crawl and the competitor snapshots run in the background; their results appear under Research and Competitors.</p>
      {failure && <Alert tone="danger">{failure}</Alert>}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button type="button" variant="secondary" onClick={onDone} disabled={busy || saving}>
          Skip for now
        </Button>
        <Button type="submit" loading={busy || saving} disabled={nothingEntered}>
          Start research
        </Button>
      </div>
    </form>
  );
}
