import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Site, SitePatch } from '@/lib/api/types';
import { siteKey, sitesKey } from './keys';

export function updateSite(id: string, patch: SitePatch): Promise<Site> {
  return unwrap(api.PATCH('/api/v1/research/sites/{id}', { params: { path: { id } }, body: patch }));
}

export function useUpdateSite(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: SitePatch) => updateSite(id, patch),
    onSuccess: (site) => {
      queryClient.setQueryData(siteKey(id), site);
      void queryClient.invalidateQueries({ queryKey: sitesKey, exact: true });
    },
  });
}
