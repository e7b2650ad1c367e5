import { Navigate } from 'react-router';
import { ErrorState } from '@/components/ui/empty-state';
import { PageSpinner } from '@/components/ui/spinner';
import { useBrands } from '@/features/brand/api/get-brands';
import { errorMessage } from '@/lib/api/problem';
import { useTitle } from '@/lib/use-title';

/** `/brands` opens the organization's first brand, or the setup wizard when there is none yet. */
export function BrandsIndexRoute() {
  useTitle('Brand');
  const brands = useBrands();
  if (brands.isPending) return <PageSpinner label="Loading your brands" />;
  if (brands.isError) return <ErrorState message={errorMessage(brands.error)} onRetry={() => brands.refetch()} />;
  const first = brands.data.items[0];
  return <Navigate to={first ? `/brands/${first.id}/foundation` : '/onboarding'} replace />;
}
