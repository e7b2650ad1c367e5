import { Check } from 'lucide-react';
import type { OnboardingStep, StepKey } from '@/lib/api/types';
import { cn } from '@/lib/cn';

export const STEP_LABELS: Record<StepKey, string> = {
  brand_foundation: 'Foundation',
  research: 'Research',
  visual_identity: 'Visual identity',
  first_drafts: 'Publish',
};

/** The four steps as a list of buttons: finished steps and the current one can be revisited. */
export function Stepper({ steps, current, onSelect }: { steps: OnboardingStep[]; current: StepKey; onSelect: (key: StepKey) => void }) {
  const currentIndex = steps.findIndex((s) => s.key === current);
  return (
    <ol className="grid grid-cols-4 gap-2" aria-label="Setup steps">
      {steps.map((s, i) => {
        const active = s.key === current;
        const reachable = s.done || i <= currentIndex;
        return (
          <li key={s.key}>
            <button
              type="button"
              onClick={() => onSelect(s.key)}
              disabled={!reachable}
              aria-current={active ? 'step' : undefined}
              data-step={s.key}
              data-done={s.done}
              className={cn(
                'flex w-full flex-col items-start gap-2 rounded-[var(--radius-button)] border-t-4 px-1 pt-3 text-left transition-colors disabled:cursor-not-allowed',
                active ? 'border-primary' : s.done ? 'border-success' : 'border-line',
              )}
            >
              <span className="flex items-center gap-2">
                <span
                  className={cn(
                    'flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold',
                    s.done ? 'bg-success-soft text-success-ink' : active ? 'bg-primary text-white' : 'bg-mist text-muted',
                  )}
                  aria-hidden="true"
                >
                  {s.done ? <Check className="size-3.5" strokeWidth={3} /> : i + 1}
                </span>
                <span className={cn('text-sm font-medium max-sm:sr-only', active ? 'text-ink' : 'text-muted')}>{STEP_LABELS[s.key]}</span>
              </span>
              <span className="sr-only">{s.done ? '(done)' : '(to do)'}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
