import { useParams } from 'react-router';
import { InboxPage } from '@/features/inbox/components/inbox-page';
import { ItemPage } from '@/features/inbox/components/item-page';
import { PublicPreviewPage } from '@/features/inbox/components/public-preview-page';
import { useTitle } from '@/lib/use-title';
import { useShell } from './shell-context';

/** `/inbox`: what the agents wrote, waiting for decisions. */
export function InboxRoute() {
  const { me } = useShell();
  useTitle('Inbox');
  return <InboxPage me={me} />;
}

/** `/inbox/:itemId`: one item, its variants and decisions. */
export function InboxItemRoute() {
  const { me } = useShell();
  const { itemId = '' } = useParams();
  return <ItemPage key={itemId} id={itemId} me={me} />;
}

/** `/preview/:token`: an inbox item opened through a preview link, for anyone, signed in or not. */
export function PreviewRoute() {
  const { token = '' } = useParams();
  return <PublicPreviewPage key={token} token={token} />;
}
