import { ArrowDown, Plus, Save, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/empty-state';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage, ProblemError } from '@/lib/api/problem';
import type { ApprovalPolicy, Member, Role } from '@/lib/api/types';
import { roleLabel } from '@/lib/auth/roles';
import { cn } from '@/lib/cn';
import { useApprovalPolicy } from '@/features/agents/api/get-approval-policy';
import { useAllMembers } from '@/features/agents/api/get-members';
import { useSaveApprovalPolicy } from '@/features/agents/api/save-approval-policy';
import { APPROVER_ROLES, draftFrom, MAX_STEPS, newStep, overrideFrom, stepOf, stepWarning, toPolicy, type StepDraft } from '@/features/agents/lib/approval-policy';
import { ChoiceGroup } from '../shared/choice-group';

export function ApprovalsPage({ brandId, canEdit }: { brandId: string; canEdit: boolean }) {
  const policy = useApprovalPolicy(brandId);
  const members = useAllMembers();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h2 className="text-xl font-semibold">Approvals</h2>
        <p className="mt-1 max-w-2xl text-sm text-muted">
          Who signs off this brand's drafts before they can be scheduled. An item passes the steps in order; each step needs one approval, or every named person's.
        </p>
      </div>
      {policy.isPending || members.isPending ? (
        <Card>
          <SkeletonRows rows={3} label="Loading the approval policy" />
        </Card>
      ) : policy.isError ? (
        <Card>
          <ErrorState message={errorMessage(policy.error)} onRetry={() => policy.refetch()} />
        </Card>
      ) : (
        <PolicyEditor brandId={brandId} saved={policy.data} members={members.data ?? []} membersError={members.isError ? errorMessage(members.error) : null} canEdit={canEdit} />
      )}
    </div>
  );
}

export function PolicyEditor({
  brandId,
  saved,
  members,
  membersError,
  canEdit,
}: {
  brandId: string;
  saved: ApprovalPolicy;
  members: Member[];
  membersError: string | null;
  canEdit: boolean;
}) {
  const [steps, setSteps] = useState<StepDraft[]>(() => draftFrom(saved));
  const [overrideRoles, setOverrideRoles] = useState<Role[]>(() => overrideFrom(saved));
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveApprovalPolicy(brandId);
  const dirty = JSON.stringify(toPolicy(steps, overrideRoles)) !== JSON.stringify(toPolicy(draftFrom(saved), overrideFrom(saved)));

  const problems = save.error instanceof ProblemError ? save.error.errors : [];
  const stepErrors = (i: number) => problems.filter((e) => stepOf(e) === i).map((e) => e.message);
  const listErrors = save.isError ? (problems.length > 0 ? problems
          .filter((e) => {
            const at = stepOf(e);
            return at === null || at >= steps.length;
          })
          .map((e) => e.message) : [errorMessage(save.error)]) : [];

  const update = (i: number, next: StepDraft) => {
    setSteps((all) => all.map((s, j) => (j === i ? next : s)));
    setNotice(null);
    save.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    save.mutate(toPolicy(steps, overrideRoles), {
      onSuccess: (p) => {
        setSteps(draftFrom(p));
        setOverrideRoles(overrideFrom(p));
        setNotice(`Saved: ${p.steps.length === 1 ? 'one approval step' : `${p.steps.length} approval steps`}. Items already in review keep the step they are at.`);
      },
    });
  };

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4" aria-label="Approval policy">
      {!canEdit && <Alert tone="info">Only Admins change approval policies; this is how drafts of this brand are approved today.</Alert>}
      {membersError && <Alert tone="warning">Members could not be loaded, so people cannot be named: {membersError}</Alert>}
      {listErrors.length > 0 && (
        <Alert tone="danger" title="The policy was not saved">
          {listErrors.map((m) => (
            <span key={m} className="block first-letter:uppercase">
              {m}.
            </span>
          ))}
        </Alert>
      )}
      <ol className="flex flex-col gap-2" aria-label="Approval steps">
        {steps.map((step, i) => (
          <li key={i} className="flex flex-col gap-2">
            {i > 0 && <ArrowDown className="mx-auto size-5 text-muted" aria-hidden="true" />}
            <StepCard
              index={i}
              step={step}
              members={members}
              canEdit={canEdit}
              errors={stepErrors(i)}
              onChange={(s) => update(i, s)}
              onRemove={
                steps.length > 1
                  ? () => {
                      setSteps((all) => all.filter((_, j) => j !== i));
                      save.reset();
                    }
                  : undefined
              }
            />
          </li>
        ))}
      </ol>
      <Card role="group" aria-labelledby="override-roles-title">
        <CardContent className="flex flex-col gap-3">
          <h3 id="override-roles-title" className="text-base font-semibold">
            Approving over review errors
          </h3>
          <p className="-mt-2 text-sm text-muted">
            When the checks find an error (a missing disclaimer, a banned claim), approvers in these roles may still approve, with a written reason the activity keeps. Nobody ticked: errors must be fixed first.
          </p>
          <fieldset disabled={!canEdit} className="flex flex-wrap gap-2">
            <legend className="sr-only">Roles that may approve over review errors</legend>
            {APPROVER_ROLES.map((r) => {
              const on = overrideRoles.includes(r);
              return (
                <label key={r} className={cn('inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border px-4 text-sm font-medium', on ? 'border-primary bg-primary-soft text-primary-hover' : 'border-line bg-white text-slate')}>
                  <input
                    type="checkbox"
                    className="size-4 accent-[var(--color-primary)]"
                    checked={on}
                    onChange={() => {
                      setOverrideRoles((all) => (on ? all.filter((x) => x !== r) : [...all, r]));
                      setNotice(null);
                      save.reset();
                    }}
                  />
                  {roleLabel(r)}s
                </label>
              );
            })}
          </fieldset>
        </CardContent>
      </Card>
      {canEdit && (
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <Button variant="secondary" disabled={steps.length >= MAX_STEPS} onClick={() => setSteps((all) => [...all, newStep()])}>
            <Plus aria-hidden="true" />
            {steps.length >= MAX_STEPS ? `${MAX_STEPS} steps at most` : 'Add a step'}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={!dirty}>
            <Save aria-hidden="true" />
            Save policy
          </Button>
        </div>
      )}
      <div aria-live="polite">{notice && <Alert tone="success">{notice}</Alert>}</div>
    </form>
  );
}

function StepCard({
  index,
  step,
  members,
  canEdit,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  step: StepDraft;
  members: Member[];
  canEdit: boolean;
  errors: string[];
  onChange: (s: StepDraft) => void;
  onRemove?: () => void;
}) {
  const n = index + 1;
  const warning = stepWarning(step);
  const approvers = members.filter((m) => APPROVER_ROLES.includes(m.role) || step.userIds.includes(m.user_id));
  return (
    <Card role="group" aria-labelledby={`approval-step-${index}`} className={cn(errors.length > 0 && 'ring-2 ring-danger/40')}>
      <CardContent className="flex flex-col gap-5">
        <div className="flex items-center justify-between gap-2">
          <h3 className="flex items-center gap-2 text-base font-semibold">
            <span className="flex size-7 items-center justify-center rounded-full bg-primary text-sm text-white" aria-hidden="true">
              {n}
            </span>
            <span id={`approval-step-${index}`}>Step {n}</span>
          </h3>
          {canEdit && onRemove && (
            <Button variant="ghost" size="sm" onClick={onRemove} aria-label={`Remove step ${n}`}>
              <Trash2 aria-hidden="true" />
              <span className="max-sm:sr-only">Remove</span>
            </Button>
          )}
        </div>
        <fieldset disabled={!canEdit} className="flex min-w-0 flex-col gap-5">
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium text-ink">Roles that may approve</legend>
            {step.signOff === 'all' && <p className="-mt-1 text-xs text-muted">With “All named people”, only the people named below approve; roles are kept for when you switch back.</p>}
            <div className="flex flex-wrap gap-2">
              {APPROVER_ROLES.map((r) => {
                const on = step.roles.includes(r);
                return (
                  <label key={r} className={cn('inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border px-4 text-sm font-medium', on ? 'border-primary bg-primary-soft text-primary-hover' : 'border-line bg-white text-slate')}>
                    <input
                      type="checkbox"
                      className="size-4 accent-[var(--color-primary)]"
                      checked={on}
                      onChange={() => onChange({ ...step, roles: on ? step.roles.filter((x) => x !== r) : [...step.roles, r] })}
                    />
                    {roleLabel(r)}s
                  </label>
                );
              })}
            </div>
          </fieldset>
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium text-ink">Named people</legend>
            {approvers.length === 0 ? (
              <p className="text-sm text-muted">No members who can approve yet.</p>
            ) : (
              <ul className="grid max-h-64 grid-cols-1 gap-1 overflow-y-auto sm:grid-cols-2">
                {approvers.map((m) => {
                  const on = step.userIds.includes(m.user_id);
                  return (
                    <li key={m.user_id} className="min-w-0">
                      <label className={cn('flex min-h-11 cursor-pointer items-center gap-3 rounded-[var(--radius-button)] border px-3 py-2', on ? 'border-primary bg-primary-soft' : 'border-line bg-white hover:bg-mist')}>
                        <input
                          type="checkbox"
                          className="size-4 shrink-0 accent-[var(--color-primary)]"
                          checked={on}
                          onChange={() => onChange({ ...step, userIds: on ? step.userIds.filter((x) => x !== m.user_id) : [...step.userIds, m.user_id] })}
                        />
                        <span className="min-w-0">
                          <span className="block truncate text-sm font-medium text-ink">{m.name || m.email}</span>
                          <span className="block truncate text-xs text-muted">
                            {roleLabel(m.role)} · {m.email}
                          </span>
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            )}
          </fieldset>
          <ChoiceGroup
            name={`step-${index}-signoff`}
            legend="Sign-off"
            cards
            value={step.signOff}
            onChange={(v) => onChange({ ...step, signOff: v })}
            choices={[
              { value: 'any', label: 'Any one', description: 'One approval from anyone with a ticked role or named here.' },
              { value: 'all', label: 'All named people', description: 'Every named person must approve; roles alone are not enough.' },
            ]}
            columns={2}
          />
        </fieldset>
        {errors.map((m) => (
          <p key={m} role="alert" className="text-sm text-danger first-letter:uppercase">
            {m}
          </p>
        ))}
        {canEdit && warning && errors.length === 0 && <p className="text-sm text-warning-ink">{warning}</p>}
      </CardContent>
    </Card>
  );
}
