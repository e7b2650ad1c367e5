import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { Site, SiteInput } from '@/lib/api/types';
import { siteKey, sitesKey } from './keys';

export function createSite(input: SiteInput): Promise<Site> {
  return unwrap(api.POST('/api/v1/research/sites', { body: input }));
}

export function useCreateSite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSite,
    onSuccess: (site) => {
      queryClient.setQueryData(siteKey(site.id), site);
      void queryClient.invalidateQueries({ queryKey: sitesKey });
    },
  });
}
