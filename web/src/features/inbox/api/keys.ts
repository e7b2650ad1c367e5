/**
 * Query keys of the inbox. Everything that a decision can change lives under `inboxKey`, so that
 * one invalidation after approve, reject, edit or regenerate refreshes the list, the counts badge
 * and the open item together. Look-ups that decisions never change (brands, personas, members)
 * live under their own root so they are not refetched needlessly.
 */
export const inboxKey = ['inbox'] as const;
export const lookupsKey = ['inbox-lookups'] as const;
