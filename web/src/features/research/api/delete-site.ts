import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { siteKey, sitesKey } from './keys';

/** Removes the site with every crawl, page and issue found on it. */
export async function deleteSite(id: string): Promise<void> {
  await unwrap(api.DELETE('/api/v1/research/sites/{id}', { params: { path: { id } } }));
}

export function useDeleteSite(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteSite(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: siteKey(id) });
      void queryClient.invalidateQueries({ queryKey: sitesKey, exact: true });
    },
  });
}
