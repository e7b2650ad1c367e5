import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { DigestPreference, DigestPreferenceInput } from '@/lib/api/types';
import { digestKey } from './keys';

/** The caller's own digest preference. */
export function getDigest(): Promise<DigestPreference> {
  return unwrap(api.GET('/api/v1/monitoring/digest'));
}

export function useDigest() {
  return useQuery(queryOptions({ queryKey: digestKey, queryFn: getDigest }));
}

export function saveDigest(input: DigestPreferenceInput): Promise<DigestPreference> {
  return unwrap(api.PUT('/api/v1/monitoring/digest', { body: input }));
}

export function useSaveDigest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveDigest, onSuccess: (d) => queryClient.setQueryData(digestKey, d) });
}

/** The digest the caller would get now. */
export function previewDigest() {
  return unwrap(api.POST('/api/v1/monitoring/digest/preview'));
}

export function usePreviewDigest() {
  return useMutation({ mutationFn: previewDigest });
}
