import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { BulkInput, BulkOutcome } from '@/lib/api/types';
import { useSettle } from './decisions';

export function bulkDecide(body: BulkInput): Promise<BulkOutcome> {
  return unwrap(api.POST('/api/v1/inbox/bulk', { body }));
}

export function useBulkDecide() {
  const settle = useSettle();
  return useMutation({ mutationFn: bulkDecide, onSuccess: () => settle() });
}
