import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ApprovalPolicy } from '@/lib/api/types';

/** The brand's approval steps; a brand without its own policy answers the default (one approval by a manager or admin). */
export function getApprovalPolicy(brandId: string): Promise<ApprovalPolicy> {
  return unwrap(api.GET('/api/v1/brands/{id}/approval-policy', { params: { path: { id: brandId } } }));
}

export const approvalPolicyQueryKey = (brandId: string) => ['brands', 'approval-policy', brandId] as const;

export function approvalPolicyQueryOptions(brandId: string) {
  return queryOptions({ queryKey: approvalPolicyQueryKey(brandId), queryFn: () => getApprovalPolicy(brandId) });
}

export function useApprovalPolicy(brandId: string) {
  return useQuery(approvalPolicyQueryOptions(brandId));
}
