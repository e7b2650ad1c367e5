/** The approval policy editor's steps and the policy they make. */
import type { ApprovalPolicy, Role, SignOff } from '@/lib/api/types';

export type StepDraft = { roles: Role[]; userIds: string[]; signOff: SignOff };

/** Roles that may approve: the ones that can write content. */
export const APPROVER_ROLES: Role[] = ['admin', 'manager', 'creator'];
export const MAX_STEPS = 3;

export function draftFrom(p: ApprovalPolicy): StepDraft[] {
  return p.steps.map((s) => ({ roles: [...(s.roles ?? [])], userIds: [...(s.user_ids ?? [])], signOff: s.sign_off }));
}

export function newStep(): StepDraft {
  return { roles: ['admin', 'manager'], userIds: [], signOff: 'any' };
}

/** Who may approve over review errors when the brand has not said: the server's default. */
export const DEFAULT_OVERRIDE_ROLES: Role[] = ['admin', 'manager'];

export function overrideFrom(p: ApprovalPolicy): Role[] {
  return [...(p.override_roles ?? DEFAULT_OVERRIDE_ROLES)];
}

/** The policy to save; `overrideRoles` is always sent so that saving the steps never resets it. */
export function toPolicy(steps: StepDraft[], overrideRoles: readonly Role[] = DEFAULT_OVERRIDE_ROLES): ApprovalPolicy {
  return {
    steps: steps.map((s) => ({
      roles: APPROVER_ROLES.filter((r) => s.roles.includes(r)),
      user_ids: [...s.userIds],
      sign_off: s.signOff,
    })),
    override_roles: APPROVER_ROLES.filter((r) => overrideRoles.includes(r)),
  };
}

/**
 * The step a server error is about: `steps[1].roles` → 1; an error on the whole list that names
 * its step ("step 2 names nobody who may approve") → 1; otherwise null.
 */
export function stepOf(e: { field: string; message: string }): number | null {
  const m = /^steps\[(\d+)\]/.exec(e.field);
  if (m) return Number(m[1]);
  const named = e.field === 'steps' ? /\bstep (\d+)\b/i.exec(e.message) : null;
  return named ? Number(named[1]) - 1 : null;
}

/** What would make the server refuse a step, said before saving. */
export function stepWarning(s: StepDraft): string | null {
  if (s.roles.length === 0 && s.userIds.length === 0) return 'Nobody may approve at this step yet: tick a role or name a person.';
  if (s.signOff === 'all' && s.userIds.length === 0) return '“All named people” needs at least one named person.';
  return null;
}
