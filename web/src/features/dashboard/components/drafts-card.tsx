import { FileText } from 'lucide-react';
import { Link } from 'react-router';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import { relativeTime } from '@/lib/format';
import { useRuns } from '../api/get-runs';

const STATUS: Record<string, string> = { queued: 'Queued', running: 'Writing', completed: 'Ready for review', failed: 'Failed', cancelled: 'Cancelled' };

/** The latest briefs sent to the agents, or how to send the first one. */
export function DraftsCard() {
  const runs = useRuns();
  if (runs.isPending)
    return (
      <Card>
        <CardContent>
          <div role="status" aria-label="Loading drafts" className="flex flex-col gap-2">
            <Skeleton className="h-5 w-1/2" />
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-full" />
          </div>
        </CardContent>
      </Card>
    );
  if (runs.isError)
    return (
      <Card>
        <ErrorState message={errorMessage(runs.error)} onRetry={() => runs.refetch()} />
      </Card>
    );
  const latest = runs.data.items.slice(0, 3);
  if (latest.length === 0)
    return (
      <Card>
        <CardContent>
          <EmptyState
            icon={FileText}
            title="No drafts yet"
            className="py-4"
            action={
              <Link to="/create" className="text-sm font-medium text-primary underline-offset-4 hover:underline">
                Brief the agents
              </Link>
            }
          >
            Once your brand foundation is in place, AI drafts for posts, ads and emails land in your inbox for approval.
          </EmptyState>
        </CardContent>
      </Card>
    );
  return (
    <Card>
      <CardHeader>
        <div className="flex items-center justify-between gap-2">
          <CardTitle>Latest briefs</CardTitle>
          <FileText className="size-5 text-primary" strokeWidth={2} aria-hidden="true" />
        </div>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        <ul className="-mx-2 flex flex-col" aria-label="Latest briefs">
          {latest.map((r) => (
            <li key={r.id}>
              <Link to={`/create/runs/${r.id}`} className="flex items-baseline justify-between gap-3 rounded-[var(--radius-button)] px-2 py-2 text-sm hover:bg-mist">
                <span className="min-w-0 truncate text-ink">
                  {r.total} {r.total === 1 ? 'draft' : 'drafts'} · {STATUS[r.status] ?? r.status}
                </span>
                <span className="shrink-0 text-xs text-muted">{relativeTime(r.created_at)}</span>
              </Link>
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap gap-x-4 gap-y-2 text-sm font-medium">
          <Link to="/inbox" className="text-primary underline-offset-4 hover:underline">
            Open the inbox
          </Link>
          <Link to="/create" className="text-primary underline-offset-4 hover:underline">
            New brief
          </Link>
        </div>
      </CardContent>
    </Card>
  );
}
