import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { AlertRule, AlertRuleInput, AlertRuleList, AlertRulePatch } from '@/lib/api/types';
import { alertRulesKey } from './keys';

export function getAlertRules(): Promise<AlertRuleList> {
  return unwrap(api.GET('/api/v1/alert-rules'));
}

export function useAlertRules() {
  return useQuery(queryOptions({ queryKey: alertRulesKey, queryFn: getAlertRules }));
}

export function createAlertRule(input: AlertRuleInput): Promise<AlertRule> {
  return unwrap(api.POST('/api/v1/alert-rules', { body: input }));
}

export function updateAlertRule({ id, patch }: { id: string; patch: AlertRulePatch }): Promise<AlertRule> {
  return unwrap(api.PATCH('/api/v1/alert-rules/{id}', { params: { path: { id } }, body: patch }));
}

export async function deleteAlertRule(id: string): Promise<void> {
  await unwrap(api.DELETE('/api/v1/alert-rules/{id}', { params: { path: { id } } }));
}

export function useCreateAlertRule() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createAlertRule, onSuccess: () => queryClient.invalidateQueries({ queryKey: alertRulesKey }) });
}

export function useUpdateAlertRule() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateAlertRule, onSuccess: () => queryClient.invalidateQueries({ queryKey: alertRulesKey }) });
}

export function useDeleteAlertRule() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteAlertRule, onSuccess: () => queryClient.invalidateQueries({ queryKey: alertRulesKey }) });
}
