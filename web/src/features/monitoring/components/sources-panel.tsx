import { Plus, RefreshCw, Rss, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage, ProblemError } from '@/lib/api/problem';
import type { MonitoringSource } from '@/lib/api/types';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useCreateSource } from '../api/create-source';
import { useDeleteSource } from '../api/delete-source';
import { useSources } from '../api/get-sources';
import { usePollSource } from '../api/poll-source';

function AddSourceForm() {
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateSource();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    const local: Record<string, string> = {};
    if (!url.trim()) local.url = 'Enter the address of an RSS or Atom feed, or of a sitemap.';
    setErrors(local);
    if (local.url) return document.getElementById('source-url')?.focus();
    let fallback = url.trim();
    try {
      fallback = new URL(url.includes('://') ? url : `https://${url}`).host;
    } catch {
      // The server says what is wrong with the address.
    }
    create.mutate(
      { name: name.trim() || fallback, url: url.trim() },
      {
        onSuccess: () => {
          setName('');
          setUrl('');
        },
        onError: (err) => {
          if (err instanceof ProblemError && err.errors.length > 0) {
            const next: Record<string, string> = {};
            for (const fe of err.errors) next[fe.field === 'name' ? 'name' : 'url'] ??= fe.message;
            setErrors(next);
            return;
          }
          setFormError(errorMessage(err));
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} aria-label="Add a source" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] sm:items-start">
        <FormField id="source-url" label="Feed or sitemap address" error={errors.url}>
          <Input type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://news.example.com/feed.xml" />
        </FormField>
        <FormField id="source-name" label="Name" error={errors.name} hint="Optional.">
          <Input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} placeholder="Industry news" />
        </FormField>
        <Button type="submit" loading={create.isPending} className="sm:mt-7">
          <Plus aria-hidden="true" />
          Add source
        </Button>
      </div>
      {formError && <Alert tone="danger">{formError}</Alert>}
    </form>
  );
}

function SourceRow({ source: s, canWrite, onRemove }: { source: MonitoringSource; canWrite: boolean; onRemove: () => void }) {
  const poll = usePollSource();
  const failing = !!s.last_error;
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between" data-testid="source">
      <div className="flex min-w-0 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-medium text-ink">{s.name}</span>
          <Badge>{s.kind.toUpperCase()}</Badge>
          {!s.enabled ? <Badge>Paused</Badge> : failing ? <Badge tone="danger">Failing</Badge> : s.last_polled_at ? <Badge tone="success">OK</Badge> : <Badge tone="primary">Not polled yet</Badge>}
        </div>
        <span className="truncate text-xs text-muted">{s.url}</span>
        <span className="text-xs text-muted">
          {s.item_count} item{s.item_count === 1 ? '' : 's'} · last polled{' '}
          {s.last_polled_at ? (
            <time dateTime={s.last_polled_at} title={absoluteTime(s.last_polled_at)}>
              {relativeTime(s.last_polled_at)}
            </time>
          ) : (
            'never'
          )}
          {s.last_status ? ` · ${s.last_status}` : ''}
        </span>
        {s.last_error && <p className="text-xs break-words text-danger">{s.last_error}</p>}
        {poll.isSuccess && (
          <p className="text-xs text-success-ink" role="status">
            Poll queued.
          </p>
        )}
      </div>
      {canWrite && (
        <div className="flex shrink-0 gap-2">
          <Button variant="secondary" size="sm" loading={poll.isPending} onClick={() => poll.mutate(s.id)} aria-label={`Poll ${s.name} now`}>
            <RefreshCw aria-hidden="true" />
            Poll now
          </Button>
          <Button variant="ghost" size="icon" aria-label={`Remove ${s.name}`} onClick={onRemove}>
            <Trash2 aria-hidden="true" />
          </Button>
        </div>
      )}
    </li>
  );
}

/** The feeds and sitemaps the news feed reads. */
export function SourcesPanel({ canWrite }: { canWrite: boolean }) {
  const sources = useSources();
  const remove = useDeleteSource();
  const [removing, setRemoving] = useState<MonitoringSource | null>(null);
  return (
    <Card aria-labelledby="sources-title">
      <CardHeader>
        <CardTitle id="sources-title">Sources</CardTitle>
        <CardDescription>RSS and Atom feeds, or sitemaps of news sites. Each is polled on its schedule.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {canWrite && <AddSourceForm />}
        {sources.isPending ? (
          <SkeletonRows rows={3} label="Loading sources" />
        ) : sources.isError ? (
          <ErrorState message={errorMessage(sources.error)} onRetry={() => sources.refetch()} />
        ) : sources.data.items.length === 0 ? (
          <EmptyState icon={Rss} title="No source yet">
            Add the feed of an industry publication, a competitor’s blog or a news site.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-line" aria-label="Sources">
            {sources.data.items.map((s) => (
              <SourceRow key={s.id} source={s} canWrite={canWrite} onRemove={() => setRemoving(s)} />
            ))}
          </ul>
        )}
      </CardContent>
      <ConfirmDialog
        open={!!removing}
        onOpenChange={(o) => !o && setRemoving(null)}
        title={`Remove ${removing?.name ?? 'this source'}?`}
        description="Its items and mentions are removed too."
        confirmLabel="Remove source"
        pending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
      />
    </Card>
  );
}
