import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { FeedbackReport } from '@/lib/api/types';

/** What reviewers did with each agent's drafts for a brand, and what the agents learned from it. */
export function getFeedbackReport(brandId: string): Promise<FeedbackReport> {
  return unwrap(api.GET('/api/v1/agents/feedback-report', { params: { query: { brand_id: brandId } } }));
}

export function feedbackReportQueryOptions(brandId: string) {
  return queryOptions({ queryKey: ['agents', 'feedback-report', brandId] as const, queryFn: () => getFeedbackReport(brandId) });
}

export function useFeedbackReport(brandId: string) {
  return useQuery(feedbackReportQueryOptions(brandId));
}
