import { ChevronDown, KeyRound, Plus, Send, Trash2, Webhook } from 'lucide-react';
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
import type { CreatedWebhook, WebhookEndpoint } from '@/lib/api/types';
import { absoluteTime, relativeTime } from '@/lib/format';
import { CopySecretButton } from './copy-secret-button';
import { useCreateWebhook, useDeleteWebhook, useDeliveries, useTestWebhook, useWebhooks } from '../api/webhooks';
import { VERIFY_SNIPPET } from '../lib/signature';

/** The signing secret, shown once, with how a receiver checks the signature. */
function SecretOnce({ created, onDone }: { created: CreatedWebhook; onDone: () => void }) {
  return (
    <section aria-labelledby="secret-title" className="flex flex-col gap-3 rounded-[var(--radius-button)] border border-warning-ink/30 bg-warning-soft p-4" data-testid="webhook-secret">
      <h3 id="secret-title" className="flex items-center gap-2 font-heading text-sm font-semibold text-ink">
        <KeyRound className="size-4" aria-hidden="true" />
        Signing secret for {created.url}
      </h3>
      <p className="text-sm text-slate">Copy it now: it is shown only this once. Store it where your receiver can read it.</p>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <code className="min-w-0 flex-1 rounded-md border border-line bg-white px-3 py-2 font-mono text-xs break-all text-ink">{created.secret}</code>
        <CopySecretButton value={created.secret} />
      </div>
      <div className="text-sm text-slate">
        <p>
          Each request carries <code className="font-mono text-xs">Brandium-Signature: t=…,v1=…</code>: <code className="font-mono text-xs">t</code> is the time in Unix
          seconds, <code className="font-mono text-xs">v1</code> the hex HMAC-SHA256, keyed with this secret, of <code className="font-mono text-xs">t</code>, a dot and the raw
          request body. Compute it and compare in constant time; refuse a <code className="font-mono text-xs">t</code> more than five minutes old.
        </p>
        <pre className="mt-2 overflow-x-auto rounded-md border border-line bg-white p-3 font-mono text-xs text-ink">{VERIFY_SNIPPET}</pre>
      </div>
      <div className="flex justify-end">
        <Button variant="secondary" onClick={onDone}>
          I have stored the secret
        </Button>
      </div>
    </section>
  );
}

function Deliveries({ endpointId }: { endpointId: string }) {
  const deliveries = useDeliveries(endpointId);
  if (deliveries.isPending) return <SkeletonRows rows={2} label="Loading deliveries" />;
  if (deliveries.isError) return <ErrorState message={errorMessage(deliveries.error)} onRetry={() => deliveries.refetch()} />;
  if (deliveries.data.items.length === 0) return <p className="py-2 text-sm text-muted">No delivery yet. Send a test to check your receiver.</p>;
  return (
    <ul className="divide-y divide-line text-sm" aria-label="Deliveries">
      {deliveries.data.items.map((d) => (
        <li key={d.id} className="flex flex-wrap items-center gap-2 py-2" data-testid="delivery">
          <Badge tone={d.status === 'delivered' ? 'success' : d.status === 'failed' ? 'danger' : 'primary'}>{d.status}</Badge>
          <code className="font-mono text-xs">{d.event}</code>
          {d.response_status != null && <span className="tabular-nums text-slate">HTTP {d.response_status}</span>}
          <span className="text-xs text-muted">
            {d.attempts} attempt{d.attempts === 1 ? '' : 's'} ·{' '}
            <time dateTime={d.created_at} title={absoluteTime(d.created_at)}>
              {relativeTime(d.created_at)}
            </time>
          </span>
          {d.last_error && <span className="w-full text-xs break-words text-danger">{d.last_error}</span>}
        </li>
      ))}
    </ul>
  );
}

function EndpointRow({ endpoint: w, onRemove }: { endpoint: WebhookEndpoint; onRemove: () => void }) {
  const [open, setOpen] = useState(false);
  const test = useTestWebhook();
  return (
    <li className="flex flex-col gap-2 rounded-[var(--radius-button)] border border-line p-4" data-testid="webhook">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex min-w-0 flex-col gap-1">
          <span className="truncate font-medium text-ink">{w.url}</span>
          {w.description && <span className="text-sm text-slate">{w.description}</span>}
          <span className="flex flex-wrap gap-1">
            {(w.events.length ? w.events : ['*']).map((e) => (
              <Badge key={e}>{e === '*' ? 'All events' : e}</Badge>
            ))}
            {!w.enabled && <Badge tone="warning">Disabled</Badge>}
          </span>
        </div>
        <div className="flex shrink-0 flex-wrap gap-2">
          <Button variant="secondary" size="sm" loading={test.isPending} onClick={() => test.mutate(w.id, { onSuccess: () => setOpen(true) })}>
            <Send aria-hidden="true" />
            Send test
          </Button>
          <Button variant="ghost" size="sm" aria-expanded={open} aria-controls={`deliveries-${w.id}`} onClick={() => setOpen((o) => !o)}>
            <ChevronDown aria-hidden="true" className={open ? 'rotate-180' : undefined} />
            Deliveries
          </Button>
          <Button variant="ghost" size="icon" aria-label={`Remove ${w.url}`} onClick={onRemove}>
            <Trash2 aria-hidden="true" />
          </Button>
        </div>
      </div>
      {test.isError && <Alert tone="danger">{errorMessage(test.error)}</Alert>}
      {open && (
        <div id={`deliveries-${w.id}`}>
          <Deliveries endpointId={w.id} />
        </div>
      )}
    </li>
  );
}

/** Endpoints that receive alerts as signed JSON. Managing them is for admins. */
export function WebhooksPanel({ canManage }: { canManage: boolean }) {
  const webhooks = useWebhooks(canManage);
  const create = useCreateWebhook();
  const remove = useDeleteWebhook();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const [removing, setRemoving] = useState<WebhookEndpoint | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!url.trim()) return setError('Enter the address that receives the alerts.');
    create.mutate(
      { url: url.trim(), description: description.trim(), events: [] },
      {
        onSuccess: (w) => {
          setCreated(w);
          setUrl('');
          setDescription('');
          setError(undefined);
        },
        onError: (err) => setError(err instanceof ProblemError && err.errors.length > 0 ? err.errors.map((f) => f.message).join(' ') : errorMessage(err)),
      },
    );
  };

  if (!canManage) {
    return (
      <Card>
        <EmptyState icon={Webhook} title="Webhooks are managed by admins">
          Ask an admin to add an endpoint that receives alerts.
        </EmptyState>
      </Card>
    );
  }

  return (
    <Card aria-labelledby="webhooks-title">
      <CardHeader>
        <CardTitle id="webhooks-title">Webhooks</CardTitle>
        <CardDescription>Alerts sent as signed JSON to your own systems, retried when the receiver fails.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {created && <SecretOnce created={created} onDone={() => setCreated(null)} />}
        <form noValidate onSubmit={submit} aria-label="Add a webhook" className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto] sm:items-start">
          <FormField id="webhook-url" label="Endpoint address" error={error}>
            <Input
              type="url"
              inputMode="url"
              value={url}
              onChange={(e) => {
                setUrl(e.target.value);
                setError(undefined);
              }}
              placeholder="https://hooks.example.com/brandium"
            />
          </FormField>
          <FormField id="webhook-description" label="Description" hint="Optional.">
            <Input value={description} maxLength={200} onChange={(e) => setDescription(e.target.value)} placeholder="Slack relay" />
          </FormField>
          <Button type="submit" loading={create.isPending} className="sm:mt-7">
            <Plus aria-hidden="true" />
            Add webhook
          </Button>
        </form>
        {webhooks.isPending ? (
          <SkeletonRows rows={2} label="Loading webhooks" />
        ) : webhooks.isError ? (
          <ErrorState message={errorMessage(webhooks.error)} onRetry={() => webhooks.refetch()} />
        ) : webhooks.data.items.length === 0 ? (
          <EmptyState icon={Webhook} title="No webhook yet">
            Add an endpoint to receive alerts where your team works.
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-3" aria-label="Webhooks">
            {webhooks.data.items.map((w) => (
              <EndpointRow key={w.id} endpoint={w} onRemove={() => setRemoving(w)} />
            ))}
          </ul>
        )}
      </CardContent>
      <ConfirmDialog
        open={!!removing}
        onOpenChange={(o) => !o && setRemoving(null)}
        title="Remove this webhook?"
        description={`${removing?.url ?? ''} stops receiving alerts; its delivery log is removed.`}
        confirmLabel="Remove webhook"
        pending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
      />
    </Card>
  );
}
