import type { Role } from '@/lib/api/types';

export const ROLE_INFO: Record<Role, { label: string; description: string }> = {
  admin: { label: 'Admin', description: 'Full access' },
  manager: { label: 'Manager', description: 'Manage content and team work' },
  creator: { label: 'Creator', description: 'Create and edit content' },
  viewer: { label: 'Viewer', description: 'Read-only' },
  billing_admin: { label: 'Billing Admin', description: 'Billing and subscription' },
};

export function roleLabel(role: string): string {
  return ROLE_INFO[role as Role]?.label ?? role;
}
