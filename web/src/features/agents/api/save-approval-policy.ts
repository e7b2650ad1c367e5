import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ApprovalPolicy } from '@/lib/api/types';
import { approvalPolicyQueryKey } from './get-approval-policy';

export function saveApprovalPolicy(brandId: string, body: ApprovalPolicy): Promise<ApprovalPolicy> {
  return unwrap(api.PUT('/api/v1/brands/{id}/approval-policy', { params: { path: { id: brandId } }, body }));
}

export function useSaveApprovalPolicy(brandId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApprovalPolicy) => saveApprovalPolicy(brandId, body),
    onSuccess: (saved) => queryClient.setQueryData(approvalPolicyQueryKey(brandId), saved),
  });
}
