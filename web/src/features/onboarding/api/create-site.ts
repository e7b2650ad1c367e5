import { api, unwrap } from '@/lib/api/client';
import type { Site, SiteInput } from '@/lib/api/types';

/** Registers the brand's website for audits; 422 field errors name `url`. */
export function createSite(input: SiteInput): Promise<Site> {
  return unwrap(api.POST('/api/v1/research/sites', { body: input }));
}
