import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ConnectionTest } from '@/lib/api/types';

/** Sends a one-line prompt to the SAVED provider and reports what happened (a failure is a 200 with `ok: false`). */
export function testAiConnection(): Promise<ConnectionTest> {
  return unwrap(api.POST('/api/v1/ai/settings/test'));
}

export function useTestAiConnection() {
  return useMutation({ mutationFn: testAiConnection });
}
