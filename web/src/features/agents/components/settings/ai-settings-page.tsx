import { KeyRound, PlugZap, Save } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/empty-state';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/spinner';
import { errorMessage, ProblemError } from '@/lib/api/problem';
import type { AiSettings, ProviderKind } from '@/lib/api/types';
import { absoluteTime } from '@/lib/format';
import { useAiSettings } from '@/features/agents/api/get-ai-settings';
import { useSaveAiSettings } from '@/features/agents/api/save-ai-settings';
import { useTestAiConnection } from '@/features/agents/api/test-ai-connection';
import { formFrom, isDirty, OPENAI_PRESETS, switchProvider, toSettingsInput, type AiForm } from '@/features/agents/lib/ai-settings-form';
import { ChoiceGroup } from '../shared/choice-group';
import { PromptPreviewCard } from './prompt-preview';

const PROVIDER_NAMES: Record<string, string> = { builtin: 'Built-in composer', openai_compatible: 'OpenAI-compatible server', anthropic: 'Anthropic' };

/** The outbound guard refuses private addresses unless the server allows them. */
const PRIVATE_HINT = 'Servers on this machine or your own network (localhost, 10.x, 192.168.x) are reachable only when Brandium runs with BRANDIUM_ALLOW_PRIVATE_NETWORKS=true.';

const FIELDS = ['base_url', 'model', 'api_key', 'mastodon_char_limit', 'instagram_hashtag_limit', 'provider', 'fallback'];

export function AiSettingsPage({ canEdit }: { canEdit: boolean }) {
  const settings = useAiSettings();
  return (
    <>
      <PageHeader
        title="AI settings"
        description="Choose what writes your drafts. The built-in composer works offline with no key; a language model writes more varied copy. Every draft is checked against the platform rules and your brand either way."
      />
      {settings.isPending ? (
        <PageSpinner label="Loading AI settings" />
      ) : settings.isError ? (
        <Card>
          <ErrorState message={errorMessage(settings.error)} onRetry={() => settings.refetch()} />
        </Card>
      ) : (
        <div className="flex flex-col gap-6">
          <SettingsForm saved={settings.data} canEdit={canEdit} />
          {canEdit && <PromptPreviewCard />}
        </div>
      )}
    </>
  );
}

const PROVIDERS: { value: ProviderKind; label: string; description: string }[] = [
  { value: 'builtin', label: 'Built-in composer', description: 'No key, works offline. Writes from your brand facts with proven structures.' },
  { value: 'openai_compatible', label: 'OpenAI-compatible', description: 'OpenAI, or your own server: Ollama, vLLM, llama.cpp, LM Studio, OpenRouter.' },
  { value: 'anthropic', label: 'Anthropic', description: 'Claude models through the Anthropic API.' },
];

export function SettingsForm({ saved, canEdit }: { saved: AiSettings; canEdit: boolean }) {
  const [form, setForm] = useState<AiForm>(() => formFrom(saved));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveAiSettings();
  const test = useTestAiConnection();
  const dirty = isDirty(form, saved);
  const external = form.provider !== 'builtin';

  const set = <K extends keyof AiForm>(key: K, value: AiForm[K], field?: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setNotice(null);
    if (field && errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    setErrors({});
    test.reset();
    save.mutate(toSettingsInput(form), {
      onSuccess: (result) => {
        setForm(formFrom(result));
        setNotice('Settings saved. New drafts use them from now on.');
      },
      onError: (err) => {
        if (err instanceof ProblemError && err.errors.length > 0) {
          const next: Record<string, string> = {};
          for (const fe of err.errors) if (FIELDS.includes(fe.field)) next[fe.field] ??= fe.message;
          setErrors(next);
          const first = FIELDS.find((f) => next[f]);
          if (first) document.getElementById(`ai-${first}`)?.focus();
        }
      },
    });
  };
  const placed = save.error instanceof ProblemError && save.error.errors.some((fe) => FIELDS.includes(fe.field));
  const unmatched = save.isError && !placed ? errorMessage(save.error) : null;

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-6" aria-label="AI settings">
      {!canEdit && (
        <Alert tone="info" title="Only Admins change these settings">
          You can see which provider writes your drafts; ask an Admin to change it.
        </Alert>
      )}
      <fieldset disabled={!canEdit} className="flex min-w-0 flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Provider</CardTitle>
            <CardDescription>{saved.updated_at ? `Last changed ${absoluteTime(saved.updated_at)}.` : 'Nothing changed yet: the built-in composer writes your drafts.'}</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-5">
            <ChoiceGroup
              name="ai-provider"
              legend="What writes the drafts"
              cards
              value={form.provider}
              onChange={(p) => {
                setForm((f) => switchProvider(f, p, saved));
                setErrors({});
                setNotice(null);
              }}
              choices={PROVIDERS.map((p) => ({ value: p.value, label: p.label, description: p.description }))}
            />

            {form.provider === 'openai_compatible' && (
              <div className="flex flex-col gap-2">
                <p className="text-sm font-medium text-ink" id="ai-presets-label">
                  Fill in for
                </p>
                <ul className="flex flex-wrap gap-2" aria-labelledby="ai-presets-label">
                  {OPENAI_PRESETS.map((p) => (
                    <li key={p.name}>
                      <Button
                        variant="secondary"
                        size="sm"
                        title={`${p.baseUrl} · ${p.note}`}
                        onClick={() => {
                          setForm((f) => ({ ...f, baseUrl: p.baseUrl, model: f.model || p.model }));
                          setErrors(({ base_url: _b, model: _m, ...rest }) => rest);
                        }}
                      >
                        {p.name}
                      </Button>
                    </li>
                  ))}
                </ul>
              </div>
            )}

            {external && (
              <div className="grid gap-5 md:grid-cols-2">
                <FormField
                  id="ai-base_url"
                  label={form.provider === 'anthropic' ? 'Base URL (optional)' : 'Base URL'}
                  error={errors.base_url}
                  hint={
                    form.provider === 'anthropic' ? (
                      'Leave empty for https://api.anthropic.com; set it for a proxy or gateway.'
                    ) : (
                      <>
                        The server's <code>/v1</code> address, e.g. <code>http://localhost:11434/v1</code> for Ollama. {PRIVATE_HINT}
                      </>
                    )
                  }
                >
                  <Input type="url" inputMode="url" value={form.baseUrl} onChange={(e) => set('baseUrl', e.target.value, 'base_url')} placeholder={form.provider === 'anthropic' ? 'https://api.anthropic.com' : 'https://api.openai.com/v1'} />
                </FormField>
                <FormField id="ai-model" label="Model" error={errors.model} hint={form.provider === 'anthropic' ? 'For example claude-sonnet-4-5 or claude-3-5-haiku-latest.' : 'As the server names it, e.g. gpt-4o-mini or llama3.1.'}>
                  <Input value={form.model} onChange={(e) => set('model', e.target.value, 'model')} placeholder={form.provider === 'anthropic' ? 'claude-sonnet-4-5' : 'gpt-4o-mini'} autoComplete="off" spellCheck={false} />
                </FormField>
                <KeyField form={form} saved={saved} error={errors.api_key} onKey={(k) => set('newKey', k, 'api_key')} onRemove={(r) => set('removeKey', r, 'api_key')} />
              </div>
            )}

            <label className="flex cursor-pointer items-start gap-3 rounded-[var(--radius-button)] border border-line p-4">
              <input type="checkbox" id="ai-fallback" className="mt-0.5 size-5 accent-[var(--color-primary)]" checked={form.fallback} onChange={(e) => set('fallback', e.target.checked)} />
              <span>
                <span className="block text-sm font-medium text-ink">Fall back to the built-in composer</span>
                <span className="block text-sm text-muted">When the provider fails, the built-in composer writes instead, and the draft says so. Off: the item fails and its credits come back.</span>
              </span>
            </label>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Platform settings</CardTitle>
            <CardDescription>Figures that differ between organizations; drafts and the formatter follow them.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-5 md:grid-cols-2">
            <FormField id="ai-mastodon_char_limit" label="Mastodon characters per post" error={errors.mastodon_char_limit} hint="Your instance's limit: 500 on mastodon.social, higher on many others (100 to 100,000).">
              <Input type="number" inputMode="numeric" min={100} max={100000} value={form.mastodonCharLimit} onChange={(e) => set('mastodonCharLimit', e.target.value, 'mastodon_char_limit')} />
            </FormField>
            <FormField
              id="ai-instagram_hashtag_limit"
              label="Instagram hashtags per caption"
              error={errors.instagram_hashtag_limit}
              hint="1 to 30. Instagram's help centre allows 30 per post, while its own 2025 guidance recommends 3 to 5."
              labelAside={<span className="text-sm font-semibold text-ink tabular-nums">{form.instagramHashtagLimit}</span>}
            >
              <input
                type="range"
                min={1}
                max={30}
                value={form.instagramHashtagLimit}
                onChange={(e) => set('instagramHashtagLimit', Number(e.target.value), 'instagram_hashtag_limit')}
                className="h-11 w-full cursor-pointer accent-[var(--color-primary)] disabled:cursor-not-allowed"
              />
            </FormField>
          </CardContent>
        </Card>
      </fieldset>

      {canEdit && (
        <Card>
          <CardContent className="flex flex-col gap-4">
            <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
              <p className="text-sm text-muted">{dirty ? 'You have unsaved changes.' : 'Test connection sends a one-line prompt to the saved provider.'}</p>
              <div className="flex flex-col-reverse gap-2 sm:flex-row">
                <Button variant="secondary" loading={test.isPending} disabled={dirty} onClick={() => test.mutate()} title={dirty ? 'Save first: the test uses the saved settings.' : undefined}>
                  <PlugZap aria-hidden="true" />
                  Test connection
                </Button>
                <Button type="submit" loading={save.isPending} disabled={!dirty}>
                  <Save aria-hidden="true" />
                  Save settings
                </Button>
              </div>
            </div>
            <div aria-live="polite" className="flex flex-col gap-3 empty:hidden">
              {notice && <Alert tone="success">{notice}</Alert>}
              {unmatched && <Alert tone="danger">{unmatched}</Alert>}
              {test.isError && <Alert tone="danger">The test could not run: {errorMessage(test.error)}</Alert>}
              {test.data &&
                (test.data.ok ? (
                  <Alert tone="success" title={`Connected: ${PROVIDER_NAMES[test.data.provider] ?? test.data.provider}${test.data.model ? ` · ${test.data.model}` : ''} in ${test.data.latency_ms} ms`}>
                    {test.data.reply && <span className="italic">“{test.data.reply}”</span>}
                  </Alert>
                ) : (
                  <Alert tone="danger" title={`The ${PROVIDER_NAMES[test.data.provider] ?? 'provider'} did not answer${test.data.latency_ms ? ` (after ${test.data.latency_ms} ms)` : ''}`}>
                    <span data-testid="connection-error" className="block">
                      {test.data.error ?? 'No reason was given.'}
                    </span>
                    {test.data.error?.includes('non-public address') && <span className="mt-1 block">{PRIVATE_HINT}</span>}
                  </Alert>
                ))}
            </div>
          </CardContent>
        </Card>
      )}
    </form>
  );
}

function KeyField({ form, saved, error, onKey, onRemove }: { form: AiForm; saved: AiSettings; error?: string; onKey: (k: string) => void; onRemove: (remove: boolean) => void }) {
  const hasKey = saved.api_key_set;
  const status =
    hasKey && !form.removeKey ? (
      <Badge tone="success" data-testid="key-hint">
        <KeyRound className="size-3" aria-hidden="true" />
        Key set {saved.api_key_hint ?? ''}
      </Badge>
    ) : form.removeKey ? (
      <Badge tone="warning">Removed when you save</Badge>
    ) : (
      <Badge>No key stored</Badge>
    );
  return (
    <div className="flex flex-col gap-2 md:col-span-2">
      {form.removeKey ? (
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-sm font-medium text-ink">API key</span>
          {status}
          <Button variant="link" onClick={() => onRemove(false)}>
            Keep the stored key
          </Button>
        </div>
      ) : (
        <FormField
          id="ai-api_key"
          label={hasKey ? 'Replace key' : 'API key'}
          labelAside={status}
          error={error}
          hint={
            hasKey
              ? 'Leave empty to keep the stored key. Keys are encrypted at rest and never shown again.'
              : form.provider === 'anthropic'
                ? 'Required for Anthropic. Encrypted at rest and never shown again.'
                : 'Only if the server needs one (OpenAI, OpenRouter). Encrypted at rest and never shown again.'
          }
        >
          <Input type="password" autoComplete="new-password" spellCheck={false} value={form.newKey} onChange={(e) => onKey(e.target.value)} placeholder={hasKey ? 'Paste a new key to replace it' : 'sk-…'} />
        </FormField>
      )}
      {hasKey && !form.removeKey && (
        <div>
          <Button variant="secondary" size="sm" onClick={() => onRemove(true)}>
            Remove key
          </Button>
        </div>
      )}
    </div>
  );
}
