import { api, unwrap } from '@/lib/api/client';
import type { Competitor } from '@/lib/api/types';

/** Adds a competitor; the server takes its first snapshot on its own. 422 field errors name `name` or `website`. */
export function createCompetitor(input: { name: string; website: string }): Promise<Competitor> {
  return unwrap(api.POST('/api/v1/competitors', { body: input }));
}
