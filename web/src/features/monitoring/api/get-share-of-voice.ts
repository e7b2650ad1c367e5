import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ShareOfVoice } from '@/lib/api/types';
import { sovKey } from './keys';

export type SovPeriod = 'day' | 'week';

export function getShareOfVoice(period: SovPeriod, days: number): Promise<ShareOfVoice> {
  return unwrap(api.GET('/api/v1/monitoring/share-of-voice', { params: { query: { period, days } } }));
}

export function useShareOfVoice(period: SovPeriod, days: number) {
  return useQuery(queryOptions({ queryKey: [...sovKey, period, days], queryFn: () => getShareOfVoice(period, days), placeholderData: keepPreviousData }));
}
