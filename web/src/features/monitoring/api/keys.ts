/** Query keys of the monitoring feature: every key starts with `monitoringKey`, so one invalidation refreshes them all. */
export const monitoringKey = ['monitoring'] as const;
export const sourcesKey = [...monitoringKey, 'sources'] as const;
export const itemsKey = [...monitoringKey, 'items'] as const;
export const mentionsKey = [...monitoringKey, 'mentions'] as const;
export const sovKey = [...monitoringKey, 'share-of-voice'] as const;
export const watchKey = [...monitoringKey, 'watch'] as const;
export const digestKey = [...monitoringKey, 'digest'] as const;
export const alertsKey = [...monitoringKey, 'alerts'] as const;
export const alertRulesKey = [...monitoringKey, 'alert-rules'] as const;
export const webhooksKey = [...monitoringKey, 'webhooks'] as const;
export const deliveriesKey = (id: string) => [...webhooksKey, 'deliveries', id] as const;
