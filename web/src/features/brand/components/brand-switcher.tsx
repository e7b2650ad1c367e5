import { Check, ChevronsUpDown, Plus } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';
import { usePermission } from '@/lib/auth/permissions';
import { useBrands } from '../api/get-brands';
import { CreateBrandDialog } from './create-brand-dialog';

/** Switches between the organization's brands, keeping the section in view, or creates another. */
export function BrandSwitcher({ brandId, section = 'foundation' }: { brandId: string; section?: string }) {
  const brands = useBrands();
  const canCreate = usePermission('content_write');
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const current = brands.data?.items.find((b) => b.id === brandId);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger className="inline-flex min-h-11 max-w-full items-center gap-2 rounded-[var(--radius-button)] px-2 font-heading text-lg font-semibold text-ink hover:bg-mist">
          <span className="truncate">{current?.name ?? (brands.isPending ? 'Loading…' : 'Brand')}</span>
          <ChevronsUpDown className="size-4 shrink-0 text-muted" aria-hidden="true" />
          <span className="sr-only">Switch brand</span>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start">
          <DropdownMenuLabel>Brands</DropdownMenuLabel>
          {brands.data?.items.map((b) => (
            <DropdownMenuItem key={b.id} onSelect={() => navigate(`/brands/${b.id}/${section}`)}>
              <Check className={b.id === brandId ? 'opacity-100' : 'opacity-0'} aria-hidden="true" />
              <span className="truncate">{b.name}</span>
            </DropdownMenuItem>
          ))}
          {canCreate && (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuItem onSelect={() => setCreating(true)}>
                <Plus aria-hidden="true" />
                New brand
              </DropdownMenuItem>
            </>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      <CreateBrandDialog open={creating} onOpenChange={setCreating} onCreated={(b) => navigate(`/brands/${b.id}/foundation`)} />
    </>
  );
}
