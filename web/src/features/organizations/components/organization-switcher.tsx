import { Check, ChevronsUpDown, Plus } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api/problem';
import type { Organization } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { roleLabel } from '@/lib/auth/roles';
import { useMyOrganizations } from '../api/get-my-organizations';
import { useSwitchOrganization } from '../api/switch-organization';
import { CreateOrganizationDialog } from './create-organization-dialog';

function OrgMonogram({ name, className }: { name: string; className?: string }) {
  return (
    <span className={cn('inline-flex size-8 shrink-0 items-center justify-center rounded-md bg-coral-soft font-heading text-sm font-bold text-coral-ink ring-1 ring-coral/40', className)} aria-hidden="true">
      {(name.trim()[0] ?? '?').toUpperCase()}
    </span>
  );
}

export function OrganizationSwitcher({ current, compact = false }: { current: Organization; compact?: boolean }) {
  const orgs = useMyOrganizations();
  const switchOrg = useSwitchOrganization();
  const navigate = useNavigate();
  const [createOpen, setCreateOpen] = useState(false);

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger
          className={cn(
            'flex min-h-11 w-full min-w-0 items-center gap-2.5 rounded-[var(--radius-button)] border border-line bg-white px-2.5 py-1.5 text-left hover:border-primary/40 hover:bg-primary-soft/50',
            compact && 'w-auto max-w-[60vw] border-transparent bg-transparent px-1.5',
          )}
          aria-label={`Organization: ${current.name}. Switch organization`}
        >
          <OrgMonogram name={current.name} />
          <span className="min-w-0 flex-1">
            <span className="block truncate text-sm font-semibold text-ink" data-testid="current-org">
              {current.name}
            </span>
            {!compact && <span className="block truncate text-xs text-muted">{current.plan} plan</span>}
          </span>
          {switchOrg.isPending ? <Spinner size="sm" label="Switching" /> : <ChevronsUpDown className="size-4 shrink-0 text-muted" strokeWidth={2} aria-hidden="true" />}
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-72">
          <DropdownMenuLabel>Organizations</DropdownMenuLabel>
          {orgs.isPending && (
            <div className="px-3 py-2">
              <Spinner size="sm" />
            </div>
          )}
          {orgs.isError && <p className="px-3 py-2 text-sm text-danger">{errorMessage(orgs.error)}</p>}
          {orgs.data?.items.map((m) => (
            <DropdownMenuItem
              key={m.organization.id}
              disabled={switchOrg.isPending}
              onSelect={() => {
                if (m.current || m.organization.id === current.id) return;
                switchOrg.mutate(m.organization.id, { onSuccess: () => navigate('/') });
              }}
            >
              <OrgMonogram name={m.organization.name} className="size-6 text-xs" />
              <span className="min-w-0 flex-1">
                <span className="block truncate">{m.organization.name}</span>
                <span className="block text-xs text-muted">{roleLabel(m.role)}</span>
              </span>
              {(m.current || m.organization.id === current.id) && <Check className="!text-primary" strokeWidth={2} aria-label="Current" />}
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => setCreateOpen(true)}>
            <Plus strokeWidth={2} aria-hidden="true" />
            Create organization
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {switchOrg.isError && (
        <Alert tone="danger" className="mt-2" onDismiss={() => switchOrg.reset()}>
          {errorMessage(switchOrg.error)}
        </Alert>
      )}
      <CreateOrganizationDialog open={createOpen} onOpenChange={setCreateOpen} />
    </>
  );
}
