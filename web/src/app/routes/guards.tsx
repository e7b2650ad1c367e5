import type { ReactNode } from 'react';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { LockKeyhole } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import type { Me, Permission } from '@/lib/api/types';
import { hasPermission } from '@/lib/auth/permissions';
import { roleLabel } from '@/lib/auth/roles';
import { useIsSignedIn } from '@/lib/auth/token-store';
import { safeNext } from '@/lib/safe-redirect';
import { AppShell } from '@/app/layout/app-shell';

export function RequireAuth() {
  const signedIn = useIsSignedIn();
  const location = useLocation();
  if (!signedIn) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <AppShell />;
}

/** Pages for signed-out visitors (sign in, sign up…) send a signed-in user home. */
export function GuestOnly({ children }: { children: ReactNode }) {
  const signedIn = useIsSignedIn();
  const [params] = useSearchParams();
  if (signedIn) return <Navigate to={safeNext(params.get('next'))} replace />;
  return <>{children}</>;
}

export function NoAccess({ role }: { role: string }) {
  return (
    <Card>
      <EmptyState
        icon={LockKeyhole}
        title="You don't have access to this page"
        action={
          <Button asChild variant="secondary">
            <Link to="/">Back to dashboard</Link>
          </Button>
        }
      >
        <p data-testid="no-access">
          Your role in this organization is <strong className="text-ink">{roleLabel(role)}</strong>, which does not include this page. Ask an Admin if you need it.
        </p>
      </EmptyState>
    </Card>
  );
}

export function RequirePermission({ me, permission, children }: { me: Me; permission: Permission; children: ReactNode }) {
  if (!hasPermission(me.permissions, permission)) return <NoAccess role={me.role} />;
  return <>{children}</>;
}
