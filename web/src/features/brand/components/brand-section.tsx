import type { ReactNode } from 'react';
import { ErrorState } from '@/components/ui/empty-state';
import { PageSpinner } from '@/components/ui/spinner';
import { errorMessage, isProblem } from '@/lib/api/problem';
import type { Brand } from '@/lib/api/types';
import { useBrand } from '../api/get-brand';

/** Loads the brand of a section page and shows loading, not-found and error states around it. */
export function BrandSection({ brandId, children }: { brandId: string; children: (brand: Brand) => ReactNode }) {
  const brand = useBrand(brandId);
  if (brand.isPending) return <PageSpinner label="Loading the brand" />;
  if (brand.isError) {
    if (isProblem(brand.error, 'not_found')) return <ErrorState message="This brand does not exist, or it belongs to another organization." />;
    return <ErrorState message={errorMessage(brand.error)} onRetry={() => brand.refetch()} />;
  }
  return <>{children(brand.data)}</>;
}
