import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { parsePlatformLimits, type PlatformLimit } from '../lib/platform-limits';

/** Each social platform's text limit, with the organization's own Mastodon limit applied. */
export async function getPlatformLimits(): Promise<Record<string, PlatformLimit>> {
  const rules = await unwrap(api.GET('/api/v1/platform-rules'));
  return parsePlatformLimits(rules.platforms, rules.settings);
}

export function platformLimitsQueryOptions() {
  return queryOptions({ queryKey: ['platform-rules', 'limits'] as const, queryFn: getPlatformLimits });
}

export function usePlatformLimits() {
  return useQuery(platformLimitsQueryOptions());
}
