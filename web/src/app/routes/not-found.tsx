import { Compass } from 'lucide-react';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Logo } from '@/components/ui/logo';
import { useTitle } from '@/lib/use-title';

export function NotFoundRoute() {
  useTitle('Page not found');
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center gap-8 px-4">
      <Logo />
      <div className="w-full max-w-lg rounded-[var(--radius-card)] bg-white shadow-[var(--shadow-card)]">
        <EmptyState
          icon={Compass}
          title="Page not found"
          action={
            <Button asChild>
              <Link to="/">Go to dashboard</Link>
            </Button>
          }
        >
          <p className="text-base">
            <span className="font-heading text-4xl font-bold text-primary" aria-hidden="true">
              404
            </span>
          </p>
          <p className="mt-2">The page you are looking for does not exist or has moved.</p>
        </EmptyState>
      </div>
    </div>
  );
}

export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return (
    <div role="alert" className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 px-6 text-center">
      <Logo />
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="text-sm text-muted">An unexpected error stopped this page. Reloading usually helps.</p>
      <Button onClick={() => window.location.reload()}>Reload</Button>
    </div>
  );
}
