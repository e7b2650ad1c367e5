import { Coins } from 'lucide-react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import { relativeTime } from '@/lib/format';
import { cn } from '@/lib/cn';
import { useCredits } from '../api/get-credits';

/** What is left to generate with, and the latest few movements. */
export function CreditsCard() {
  const credits = useCredits();
  return (
    <Card>
      <CardHeader>
        <div className="flex items-center justify-between gap-2">
          <CardTitle>AI credits</CardTitle>
          <Coins className="size-5 text-primary" strokeWidth={2} aria-hidden="true" />
        </div>
        <CardDescription>
          {credits.data ? `${credits.data.credits_per_1000_words} credits per started 1,000 words written. A brief reserves its most, then gives back what it did not use.` : 'Generation is paid in credits.'}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {credits.isPending ? (
          <div role="status" aria-label="Loading credits" className="flex flex-col gap-2">
            <Skeleton className="h-9 w-24" />
            <Skeleton className="h-4 w-full" />
          </div>
        ) : credits.isError ? (
          <ErrorState message={errorMessage(credits.error)} onRetry={() => credits.refetch()} />
        ) : (
          <>
            <p className="flex items-baseline gap-2">
              <span className="font-heading text-3xl font-semibold text-ink tabular-nums" data-testid="credit-balance">
                {credits.data.balance}
              </span>
              <span className="text-sm text-muted">credits left</span>
            </p>
            {credits.data.transactions.length > 0 && (
              <ul className="flex flex-col gap-1.5 text-sm" aria-label="Latest credit movements">
                {credits.data.transactions.slice(0, 3).map((t) => (
                  <li key={t.id} className="flex items-baseline justify-between gap-3">
                    <span className="min-w-0 truncate text-slate">{t.description ?? t.action}</span>
                    <span className="flex shrink-0 items-baseline gap-2">
                      <span className={cn('font-medium tabular-nums', t.amount < 0 ? 'text-ink' : 'text-success-ink')}>{t.amount > 0 ? `+${t.amount}` : t.amount}</span>
                      <span className="text-xs text-muted">{relativeTime(t.created_at)}</span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <div>
              <Button asChild size="sm" variant="secondary">
                <Link to="/create">Write a brief</Link>
              </Button>
            </div>
          </>
        )}
      </CardContent>
    </Card>
  );
}
