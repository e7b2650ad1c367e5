import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ApproveInput, FieldFinding, ItemDetail } from '@/lib/api/types';
import { isProblem } from '@/lib/api/problem';
import { useSettle } from './decisions';

export type ApproveArgs = { id: string; variant: number; overrideReason?: string };

/**
 * Approves one variant. A variant with an error-level finding needs `overrideReason`: without it
 * the server answers 422 `review_has_errors` (with the findings); 403 `override_not_allowed` when
 * the caller may not override.
 */
export function approveItem({ id, variant, overrideReason }: ApproveArgs): Promise<ItemDetail> {
  const body: ApproveInput = { variant };
  if (overrideReason !== undefined) body.override_reason = overrideReason;
  return unwrap(api.POST('/api/v1/inbox/{id}/approve', { params: { path: { id } }, body }));
}

/**
 * The error findings a `review_has_errors` refusal names (empty for any other error): from its
 * `findings` member when the server sends one, else from its field errors (`code` is the rule;
 * the field `draft` means the whole draft).
 */
export function refusedFindings(e: unknown): FieldFinding[] {
  if (!isProblem(e, 'review_has_errors')) return [];
  const raw = e.extensions.findings;
  if (Array.isArray(raw)) {
    return raw
      .filter((f): f is Record<string, unknown> => typeof f === 'object' && f !== null && typeof (f as { message?: unknown }).message === 'string')
      .map((f) => ({
        field: typeof f.field === 'string' && f.field !== 'draft' ? f.field : null,
        rule: typeof f.rule === 'string' ? f.rule : '',
        severity: typeof f.severity === 'string' ? f.severity : 'error',
        start: typeof f.start === 'number' ? f.start : 0,
        end: typeof f.end === 'number' ? f.end : 0,
        message: f.message as string,
        suggestion: typeof f.suggestion === 'string' ? f.suggestion : null,
      }));
  }
  return e.errors.map((fe) => ({ field: fe.field && fe.field !== 'draft' ? fe.field : null, rule: fe.code, severity: 'error', start: 0, end: 0, message: fe.message }));
}

export function useApproveItem() {
  const settle = useSettle();
  return useMutation({ mutationFn: approveItem, onSuccess: (detail) => settle(detail) });
}
