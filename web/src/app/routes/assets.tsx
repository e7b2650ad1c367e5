import { AssetsPage } from '@/features/assets/components/assets-page';
import { hasPermission } from '@/lib/auth/permissions';
import { useTitle } from '@/lib/use-title';
import { useShell } from './shell-context';

export function AssetsRoute() {
  const { me } = useShell();
  useTitle('Assets');
  return <AssetsPage canWrite={hasPermission(me.permissions, 'content_write')} />;
}
