import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import type { BulkAction, BulkResult } from '@/lib/api/types';

/** What a bulk decision did: how many went through, and each one that did not, with the reason. */
export function BulkResults({ action, results, titles, onDismiss }: { action: BulkAction; results: BulkResult[]; titles: Map<string, string>; onDismiss: () => void }) {
  const ok = results.filter((r) => r.ok).length;
  const failed = results.filter((r) => !r.ok);
  const verb = action === 'approve' ? 'Approved' : 'Rejected';
  if (failed.length === 0) {
    return (
      <Alert tone="success" onDismiss={onDismiss}>
        {verb} {ok} item{ok === 1 ? '' : 's'}.
      </Alert>
    );
  }
  return (
    <Alert tone="warning" onDismiss={onDismiss} title={`${verb} ${ok} of ${results.length}. ${failed.length} could not be ${action === 'approve' ? 'approved' : 'rejected'}:`}>
      <ul aria-label="Items not decided" className="mt-1 flex flex-col gap-1">
        {failed.map((r) => (
          <li key={r.id}>
            <Link to={`/inbox/${r.id}`} className="font-medium underline underline-offset-2">
              {titles.get(r.id) ?? 'Item'}
            </Link>
            : {r.message ?? r.code ?? 'failed'}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
