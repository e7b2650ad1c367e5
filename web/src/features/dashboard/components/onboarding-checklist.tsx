import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { CircleCheck, Circle, Fingerprint, Palette, Search, Sparkles, type LucideIcon } from 'lucide-react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import { cn } from '@/lib/cn';
import { useOnboarding } from '../api/get-onboarding';

const ICONS: Record<string, LucideIcon> = { brand_foundation: Fingerprint, research: Search, visual_identity: Palette, first_drafts: Sparkles };

export function OnboardingChecklist() {
  const onboarding = useOnboarding();
  const steps = onboarding.data?.steps ?? [];
  const done = steps.filter((s) => s.done).length;
  const pct = steps.length ? Math.round((done / steps.length) * 100) : 0;

  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <CardTitle>Get started</CardTitle>
          {onboarding.isSuccess && (
            <span className="text-sm font-medium text-slate" data-testid="onboarding-progress">
              {done} of {steps.length} done
            </span>
          )}
        </div>
        <CardDescription>Four steps from a blank workspace to your first on-brand drafts.</CardDescription>
        {onboarding.isSuccess && !onboarding.data.finished && (
          <div className="mt-2">
            <Button asChild size="sm">
              <Link to="/onboarding">{done === 0 ? 'Start setup' : 'Continue setup'}</Link>
            </Button>
          </div>
        )}
        {onboarding.isSuccess && (
          <div className="mt-3 h-2 overflow-hidden rounded-full bg-mist" role="progressbar" aria-label="Onboarding progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
            <div className="h-full rounded-full bg-primary transition-[width] duration-500" style={{ width: `${Math.max(pct, 2)}%` }} />
          </div>
        )}
      </CardHeader>
      <CardContent>
        {onboarding.isPending ? (
          <div role="status" aria-label="Loading checklist" className="flex flex-col gap-3">
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} className="h-16 w-full" />
            ))}
          </div>
        ) : onboarding.isError ? (
          <ErrorState message={errorMessage(onboarding.error)} onRetry={() => onboarding.refetch()} />
        ) : steps.length === 0 ? (
          <p className="text-sm text-muted">Nothing to set up: you are all done.</p>
        ) : (
          <ol className="flex flex-col gap-3" aria-label="Onboarding checklist">
            {steps.map((s, i) => {
              const Icon = ICONS[s.key] ?? Sparkles;
              return (
                <li
                  key={s.key}
                  data-step={s.key}
                  data-done={s.done}
                  className={cn('flex items-start gap-4 rounded-[var(--radius-button)] border p-4', s.done ? 'border-success/40 bg-success-soft/50' : 'border-line bg-white')}
                >
                  <span className={cn('flex size-10 shrink-0 items-center justify-center rounded-full', s.done ? 'bg-success-soft text-success-ink' : 'bg-primary-soft text-primary')}>
                    <Icon className="size-5" strokeWidth={2} aria-hidden="true" />
                  </span>
                  <div className="min-w-0 flex-1">
                    <p className="font-heading font-semibold text-ink">
                      <span className="sr-only">Step {i + 1}: </span>
                      {s.title}
                    </p>
                    <p className="mt-0.5 text-sm text-muted">{s.description}</p>
                  </div>
                  {s.done ? (
                    <span className="flex shrink-0 items-center gap-1 text-sm font-medium text-success-ink">
                      <CircleCheck className="size-5" strokeWidth={2} aria-hidden="true" />
                      Done
                    </span>
                  ) : (
                    <span className="flex shrink-0 items-center gap-1 text-sm text-muted">
                      <Circle className="size-5" strokeWidth={2} aria-hidden="true" />
                      <span className="max-sm:sr-only">To do</span>
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
