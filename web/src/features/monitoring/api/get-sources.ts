import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { MonitoringSourceList } from '@/lib/api/types';
import { sourcesKey } from './keys';

export function getSources(): Promise<MonitoringSourceList> {
  return unwrap(api.GET('/api/v1/monitoring/sources'));
}

export function useSources() {
  return useQuery(queryOptions({ queryKey: sourcesKey, queryFn: getSources }));
}
