import { FileSearch, Plus, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage, ProblemError } from '@/lib/api/problem';
import type { CompetitorPage } from '@/lib/api/types';
import { useAddCompetitorPage } from '../api/add-page';
import { useCompetitorPages } from '../api/get-pages';
import { useRemoveCompetitorPage } from '../api/remove-page';
import { pageKindLabel } from '../lib/significance';

function AddPageForm({ competitorId }: { competitorId: string }) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = useAddCompetitorPage(competitorId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!url.trim()) return setError('Enter the address of a page of the competitor’s website.');
    add.mutate(
      { url: url.trim() },
      {
        onSuccess: () => {
          setUrl('');
          setError(undefined);
        },
        onError: (err) => setError(err instanceof ProblemError && err.errors.length > 0 ? err.errors.map((f) => f.message).join(' ') : errorMessage(err)),
      },
    );
  };
  return (
    <form noValidate onSubmit={submit} aria-label="Add a page" className="flex flex-col gap-2 sm:flex-row sm:items-start">
      <FormField id="competitor-page-url" label="Add a page" error={error} className="flex-1" hint="Watched from the next snapshot on.">
        <Input
          type="url"
          inputMode="url"
          value={url}
          onChange={(e) => {
            setUrl(e.target.value);
            setError(undefined);
          }}
          placeholder="https://acme.com/integrations"
        />
      </FormField>
      <Button type="submit" variant="secondary" loading={add.isPending} className="sm:mt-7">
        <Plus aria-hidden="true" />
        Add page
      </Button>
    </form>
  );
}

/** The competitor's watched pages: found on its home page, or added by hand. */
export function PagesPanel({ competitorId, canWrite }: { competitorId: string; canWrite: boolean }) {
  const pages = useCompetitorPages(competitorId);
  const remove = useRemoveCompetitorPage(competitorId);
  const [removing, setRemoving] = useState<CompetitorPage | null>(null);

  return (
    <Card aria-labelledby="pages-title">
      <CardHeader>
        <CardTitle id="pages-title">Key pages</CardTitle>
        <CardDescription>The pages each snapshot reads. Pricing, product and about pages are found from the home page.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {pages.isPending ? (
          <SkeletonRows rows={3} label="Loading pages" />
        ) : pages.isError ? (
          <ErrorState message={errorMessage(pages.error)} onRetry={() => pages.refetch()} />
        ) : pages.data.items.length === 0 ? (
          <EmptyState icon={FileSearch} title="No page yet">
            The first snapshot finds the key pages from the home page.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-line" aria-label="Key pages">
            {pages.data.items.map((p) => (
              <li key={p.id} className="flex items-center justify-between gap-3 py-2">
                <div className="flex min-w-0 items-center gap-2">
                  <Badge>{pageKindLabel(p.kind)}</Badge>
                  <a href={p.url} target="_blank" rel="noreferrer noopener" className="truncate text-sm text-slate hover:text-primary">
                    {p.url}
                  </a>
                </div>
                {canWrite && (
                  <Button variant="ghost" size="icon" aria-label={`Stop watching ${p.url}`} onClick={() => setRemoving(p)}>
                    <Trash2 aria-hidden="true" />
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
        {canWrite && <AddPageForm competitorId={competitorId} />}
      </CardContent>
      <ConfirmDialog
        open={!!removing}
        onOpenChange={(o) => !o && setRemoving(null)}
        title="Stop watching this page?"
        description={`${removing?.url ?? ''} will no longer be snapshotted; its snapshots and changes are removed.`}
        confirmLabel="Remove page"
        pending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
      />
    </Card>
  );
}
