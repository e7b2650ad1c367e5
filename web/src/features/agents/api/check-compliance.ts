import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ComplianceRequest, ComplianceResult } from '@/lib/api/types';

/** A score 0-100 and findings with UTF-8 byte spans, severity and a suggested fix. */
export function checkCompliance(body: ComplianceRequest): Promise<ComplianceResult> {
  return unwrap(api.POST('/api/v1/brand-compliance/check', { body }));
}

/** A result with the text it is about: findings point into that text, not the one being typed now. */
export type CheckedText = { text: string; result: ComplianceResult };

/** A check as a query, so that typing re-checks and identical texts come from the cache. */
export function complianceQueryOptions(req: ComplianceRequest) {
  return queryOptions({
    queryKey: ['brand-compliance', req.text, req.brand_id ?? '', req.channel ?? ''] as const,
    queryFn: async (): Promise<CheckedText> => ({ text: req.text, result: await checkCompliance(req) }),
    enabled: req.text.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export function useComplianceCheck(req: ComplianceRequest) {
  return useQuery(complianceQueryOptions(req));
}
