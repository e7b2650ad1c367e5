import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { CreatedWebhook, DeliveryList, WebhookDelivery, WebhookInput, WebhookList } from '@/lib/api/types';
import { deliveriesKey, webhooksKey } from './keys';

/** Endpoints without their secrets: a secret is shown once, when the endpoint is created. */
export function getWebhooks(): Promise<WebhookList> {
  return unwrap(api.GET('/api/v1/webhooks'));
}

export function useWebhooks(enabled = true) {
  return useQuery(queryOptions({ queryKey: webhooksKey, queryFn: getWebhooks, enabled }));
}

export function createWebhook(input: WebhookInput): Promise<CreatedWebhook> {
  return unwrap(api.POST('/api/v1/webhooks', { body: input }));
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createWebhook, onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey, exact: true }) });
}

export async function deleteWebhook(id: string): Promise<void> {
  await unwrap(api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id } } }));
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteWebhook, onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }) });
}

/** Queues a signed `webhook.test` event to the endpoint. */
export function testWebhook(id: string): Promise<WebhookDelivery> {
  return unwrap(api.POST('/api/v1/webhooks/{id}/test', { params: { path: { id } } }));
}

export function useTestWebhook() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: testWebhook, onSuccess: (d) => queryClient.invalidateQueries({ queryKey: deliveriesKey(d.endpoint_id) }) });
}

export function getDeliveries(id: string): Promise<DeliveryList> {
  return unwrap(api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id } } }));
}

/** The newest deliveries; re-read every few seconds while one is still pending. */
export function useDeliveries(id: string) {
  return useQuery(
    queryOptions({
      queryKey: deliveriesKey(id),
      queryFn: () => getDeliveries(id),
      refetchInterval: (q) => (q.state.data?.items.some((d) => d.status === 'pending') ? 3000 : false),
    }),
  );
}
