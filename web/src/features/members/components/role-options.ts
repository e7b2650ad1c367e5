import type { SelectOption } from '@/components/ui/select';
import { ROLES } from '@/lib/api/types';
import { ROLE_INFO } from '@/lib/auth/roles';

export const ROLE_OPTIONS: SelectOption[] = ROLES.map((r) => ({ value: r, label: ROLE_INFO[r].label, description: ROLE_INFO[r].description }));
