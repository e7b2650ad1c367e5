import { LogOut, ShieldCheck } from 'lucide-react';
import { useNavigate } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import type { Me } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { roleLabel } from '@/lib/auth/roles';
import { useLogout } from '@/features/auth/api/logout';

export function UserMenu({ me, compact = false }: { me: Me; compact?: boolean }) {
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className={cn(
          'flex min-h-11 min-w-11 items-center gap-3 rounded-[var(--radius-button)] text-left hover:bg-primary-soft/60',
          compact ? 'justify-center p-1' : 'w-full px-2 py-2',
        )}
        aria-label={`Account menu for ${me.user.name || me.user.email}`}
        data-testid="user-menu"
      >
        <Avatar name={me.user.name} email={me.user.email} />
        {!compact && (
          <span className="min-w-0 flex-1">
            <span className="block truncate text-sm font-semibold text-ink">{me.user.name || me.user.email}</span>
            <span className="block truncate text-xs text-muted">{roleLabel(me.role)}</span>
          </span>
        )}
      </DropdownMenuTrigger>
      <DropdownMenuContent align={compact ? 'end' : 'start'} side={compact ? 'bottom' : 'top'} className="w-64">
        <DropdownMenuLabel className="normal-case">
          <span className="block truncate text-sm font-semibold tracking-normal text-ink">{me.user.name}</span>
          <span className="block truncate text-xs font-normal tracking-normal text-muted">{me.user.email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => navigate('/settings/security')}>
          <ShieldCheck strokeWidth={2} aria-hidden="true" />
          Security
        </DropdownMenuItem>
        <DropdownMenuItem
          disabled={logout.isPending}
          onSelect={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
        >
          <LogOut strokeWidth={2} aria-hidden="true" />
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
