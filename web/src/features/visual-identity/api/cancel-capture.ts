import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Capture } from '@/lib/api/types';
import { captureQueryKey } from './get-capture';

export function cancelCapture(id: string): Promise<Capture> {
  return unwrap(api.POST('/api/v1/captures/{id}/cancel', { params: { path: { id } } }));
}

export function useCancelCapture() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelCapture,
    onSuccess: (capture) => queryClient.setQueryData(captureQueryKey(capture.id), capture),
  });
}
