import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Draft, Review } from '@/lib/api/types';
import { lookupsKey } from './keys';

/** Formats and checks a draft without saving it: the editor's live review. */
export function reviewDraft(id: string, draft: Draft, signal?: AbortSignal): Promise<Review> {
  return unwrap(api.POST('/api/v1/inbox/{id}/review', { params: { path: { id } }, body: { draft }, signal }));
}

/** A review with the draft it is about: offsets in the review only make sense against that text. */
export type ReviewedDraft = { draft: Draft; review: Review };

export function reviewDraftQueryOptions(id: string, draft: Draft | null) {
  return queryOptions({
    // The draft itself is the key: typing back to an earlier text reuses its review.
    queryKey: [...lookupsKey, 'review', id, draft] as const,
    queryFn: async ({ signal }): Promise<ReviewedDraft> => ({ draft: draft as Draft, review: await reviewDraft(id, draft as Draft, signal) }),
    enabled: draft !== null,
    staleTime: Infinity,
    gcTime: 60_000,
    // Keep showing the last review while the next one is on its way, so the panel does not flicker.
    placeholderData: keepPreviousData,
  });
}

export function useDraftReview(id: string, draft: Draft | null) {
  return useQuery(reviewDraftQueryOptions(id, draft));
}
