import { useParams } from 'react-router';
import { PublicKitPage } from '@/features/brand-kit/components/public-kit-page';
import { useTitle } from '@/lib/use-title';

/** `/share/:token`: a brand kit opened through a share link, for anyone, signed in or not. */
export function ShareRoute() {
  const { token = '' } = useParams();
  useTitle('Shared brand kit');
  return <PublicKitPage key={token} token={token} />;
}
