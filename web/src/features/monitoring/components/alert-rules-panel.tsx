import { Pencil, Plus, Trash2, Workflow } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage, ProblemError } from '@/lib/api/problem';
import type { AlertRule } from '@/lib/api/types';
import { useAlertRules, useCreateAlertRule, useDeleteAlertRule, useUpdateAlertRule } from '../api/alert-rules';
import { useWatch } from '../api/watch';
import { IMPACTS, URGENCIES, relevancePercent, words } from '../lib/labels';
import { emptyRuleForm, ruleErrorField, ruleToForm, toRuleInput, toRulePatch, validateRule, type RuleForm } from '../lib/rule-form';
import { UrgencyBadge } from './badges';
import { ChipInput } from './chip-input';

function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label htmlFor={id} className="inline-flex min-h-11 cursor-pointer items-center gap-2 text-sm">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="size-4 accent-primary" />
      {label}
    </label>
  );
}

function RuleEditor({ rule, onDone }: { rule?: AlertRule; onDone: () => void }) {
  const [form, setForm] = useState<RuleForm>(() => (rule ? ruleToForm(rule) : emptyRuleForm()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateAlertRule();
  const update = useUpdateAlertRule();
  const watch = useWatch();
  const set = <K extends keyof RuleForm>(k: K, v: RuleForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const pending = create.isPending || update.isPending;

  const onError = (err: unknown) => {
    if (err instanceof ProblemError && err.errors.length > 0) {
      const next: Record<string, string> = {};
      for (const fe of err.errors) next[ruleErrorField(fe.field)] ??= fe.message;
      setErrors(next);
      return;
    }
    setFormError(errorMessage(err));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    const local = validateRule(form);
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    if (rule) update.mutate({ id: rule.id, patch: toRulePatch(form) }, { onSuccess: onDone, onError });
    else create.mutate(toRuleInput(form), { onSuccess: onDone, onError });
  };

  return (
    <form noValidate onSubmit={submit} aria-label={rule ? `Edit ${rule.name}` : 'New alert rule'} className="flex flex-col gap-4 rounded-[var(--radius-button)] border border-line p-4">
      <FormField id="rule-name" label="Name" error={errors.name}>
        <Input value={form.name} maxLength={200} onChange={(e) => set('name', e.target.value)} placeholder="Competitor pricing news" />
      </FormField>
      <div className="grid gap-4 md:grid-cols-2">
        <ChipInput id="rule-keywords" label="Keywords" values={form.keywords} onChange={(v) => set('keywords', v)} placeholder="Type and press Enter" />
        <ChipInput
          id="rule-competitors"
          label="Competitors"
          values={form.competitors}
          onChange={(v) => set('competitors', v)}
          placeholder={watch.data?.competitors[0] ? `e.g. ${watch.data.competitors[0]}` : 'Competitor names'}
        />
      </div>
      <Check id="rule-brand" label="Include mentions of our brand" checked={form.includeBrand} onChange={(v) => set('includeBrand', v)} />
      {errors.keywords && (
        <p className="text-sm text-danger" role="alert">
          {errors.keywords}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <FormField id="rule-relevance" label="Minimum relevance" labelAside={<span className="text-sm tabular-nums">{form.minRelevance}%</span>}>
          <input type="range" min={0} max={100} step={5} value={form.minRelevance} onChange={(e) => set('minRelevance', Number(e.target.value))} aria-valuetext={`${form.minRelevance}%`} className="h-11 w-full accent-primary" />
        </FormField>
        <FormField id="rule-impact" label="Minimum impact">
          <Select value={form.minImpact} onValueChange={(v) => set('minImpact', v as RuleForm['minImpact'])} options={[...IMPACTS].reverse().map((i) => ({ value: i, label: words(i) }))} />
        </FormField>
        <FormField id="rule-sentiment" label="Sentiment">
          <Select
            value={form.sentiment}
            onValueChange={(v) => set('sentiment', v as RuleForm['sentiment'])}
            options={[
              { value: 'any', label: 'Any' },
              { value: 'positive', label: 'Positive' },
              { value: 'neutral', label: 'Neutral' },
              { value: 'negative', label: 'Negative' },
            ]}
          />
        </FormField>
        <FormField id="rule-urgency" label="Urgency">
          <Select value={form.urgency} onValueChange={(v) => set('urgency', v as RuleForm['urgency'])} options={URGENCIES.map((u) => ({ value: u, label: words(u) }))} />
        </FormField>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-ink">Channels</legend>
        <div className="flex flex-wrap gap-x-5">
          <Check id="rule-in-app" label="In the app" checked={form.inApp} onChange={(v) => set('inApp', v)} />
          <Check id="rule-email" label="E-mail" checked={form.email} onChange={(v) => set('email', v)} />
          <Check id="rule-webhook" label="Webhook" checked={form.webhook} onChange={(v) => set('webhook', v)} />
        </div>
        {errors.channels && (
          <p className="text-sm text-danger" role="alert">
            {errors.channels}
          </p>
        )}
      </fieldset>
      <Check id="rule-enabled" label="Enabled" checked={form.enabled} onChange={(v) => set('enabled', v)} />
      {formError && <Alert tone="danger">{formError}</Alert>}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={pending}>
          {rule ? 'Save rule' : 'Create rule'}
        </Button>
      </div>
    </form>
  );
}

function ruleScope(r: AlertRule): string {
  const parts = [...r.keywords.map((k) => `“${k}”`), ...r.competitors, ...(r.include_brand ? ['our brand'] : [])];
  return parts.join(', ') || '—';
}

/** Which news and mentions raise an alert, how urgent, and where it goes. */
export function AlertRulesPanel({ canWrite }: { canWrite: boolean }) {
  const rules = useAlertRules();
  const remove = useDeleteAlertRule();
  const [editing, setEditing] = useState<AlertRule | 'new' | null>(null);
  const [removing, setRemoving] = useState<AlertRule | null>(null);
  return (
    <Card aria-labelledby="rules-title">
      <CardHeader className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <CardTitle id="rules-title">Alert rules</CardTitle>
          <CardDescription>Competitor changes alert on their own threshold; these rules decide which news does.</CardDescription>
        </div>
        {canWrite && editing === null && (
          <Button onClick={() => setEditing('new')}>
            <Plus aria-hidden="true" />
            New rule
          </Button>
        )}
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {editing === 'new' && <RuleEditor onDone={() => setEditing(null)} />}
        {rules.isPending ? (
          <SkeletonRows rows={3} label="Loading alert rules" />
        ) : rules.isError ? (
          <ErrorState message={errorMessage(rules.error)} onRetry={() => rules.refetch()} />
        ) : rules.data.items.length === 0 ? (
          editing === null && (
            <EmptyState icon={Workflow} title="No rule yet">
              A rule raises an alert when an item matches its keywords or names, with enough relevance and impact.
            </EmptyState>
          )
        ) : (
          <ul className="flex flex-col gap-3" aria-label="Alert rules">
            {rules.data.items.map((r) =>
              editing !== 'new' && editing?.id === r.id ? (
                <li key={r.id}>
                  <RuleEditor rule={r} onDone={() => setEditing(null)} />
                </li>
              ) : (
                <li key={r.id} className="flex flex-col gap-2 rounded-[var(--radius-button)] border border-line p-4 sm:flex-row sm:items-start sm:justify-between" data-testid="rule">
                  <div className="flex min-w-0 flex-col gap-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-medium text-ink">{r.name}</span>
                      <UrgencyBadge urgency={r.urgency} />
                      {!r.enabled && <Badge>Off</Badge>}
                    </div>
                    <p className="text-sm break-words text-slate">Matches {ruleScope(r)}</p>
                    <p className="text-xs text-muted">
                      Relevance ≥ {relevancePercent(r.min_relevance)} · impact ≥ {words(r.min_impact)}
                      {r.sentiment ? ` · ${words(r.sentiment)} only` : ''} · to {[r.channels.in_app && 'app', r.channels.email && 'e-mail', r.channels.webhook && 'webhook'].filter(Boolean).join(', ')}
                    </p>
                  </div>
                  {canWrite && (
                    <div className="flex shrink-0 gap-1">
                      <Button variant="ghost" size="icon" aria-label={`Edit ${r.name}`} onClick={() => setEditing(r)}>
                        <Pencil aria-hidden="true" />
                      </Button>
                      <Button variant="ghost" size="icon" aria-label={`Delete ${r.name}`} onClick={() => setRemoving(r)}>
                        <Trash2 aria-hidden="true" />
                      </Button>
                    </div>
                  )}
                </li>
              ),
            )}
          </ul>
        )}
      </CardContent>
      <ConfirmDialog
        open={!!removing}
        onOpenChange={(o) => !o && setRemoving(null)}
        title={`Delete ${removing?.name ?? 'this rule'}?`}
        description="Alerts it raised stay."
        confirmLabel="Delete rule"
        pending={remove.isPending}
        error={remove.isError ? errorMessage(remove.error) : null}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
      />
    </Card>
  );
}
