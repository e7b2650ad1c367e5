import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CreateOrganizationRequest, Organization } from '@/lib/api/types';

export function createOrganization(body: CreateOrganizationRequest): Promise<Organization> {
  return unwrap(api.POST('/api/v1/organizations', { body }));
}

export function useCreateOrganization() {
  return useMutation({ mutationFn: createOrganization });
}
