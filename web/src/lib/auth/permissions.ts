import type { Permission } from '@/lib/api/types';
import { useMe } from './me';

export function hasPermission(permissions: readonly string[] | undefined, needed: Permission | undefined): boolean {
  if (!needed) return true;
  return permissions?.includes(needed) ?? false;
}

/** Items with a `permission` the user lacks are left out; items without one are always kept. */
export function filterByPermission<T extends { permission?: Permission }>(items: readonly T[], permissions: readonly string[] | undefined): T[] {
  return items.filter((item) => hasPermission(permissions, item.permission));
}

export function usePermission(needed: Permission): boolean {
  const me = useMe();
  return hasPermission(me.data?.permissions, needed);
}
