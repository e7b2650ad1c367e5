import { useId, type ReactNode } from 'react';
import { cn } from '@/lib/cn';

export type Choice<T extends string | number> = { value: T; label: ReactNode; description?: ReactNode };

/**
 * A row of radio buttons styled as a segmented control (native radios: arrow keys move between
 * them). `columns` stacks descriptive choices as cards instead.
 */
export function ChoiceGroup<T extends string | number>({
  legend,
  value,
  onChange,
  choices,
  disabled,
  cards = false,
  columns = 3,
  hint,
  error,
  className,
  name,
}: {
  legend: ReactNode;
  value: T;
  onChange: (value: T) => void;
  choices: Choice<T>[];
  disabled?: boolean;
  /** Larger choices with a description each. */
  cards?: boolean;
  /** Cards per row from the small breakpoint up. */
  columns?: 2 | 3;
  hint?: ReactNode;
  error?: string;
  className?: string;
  name?: string;
}) {
  const auto = useId();
  const group = name ?? auto;
  const hintId = hint ? `${group}-hint` : undefined;
  const errorId = error ? `${group}-error` : undefined;
  return (
    <fieldset className={cn('flex min-w-0 flex-col gap-1.5', className)} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined} disabled={disabled}>
      <legend className="mb-1.5 text-sm font-medium text-ink">{legend}</legend>
      <div className={cn(cards ? cn('grid gap-2', columns === 2 ? 'sm:grid-cols-2' : 'sm:grid-cols-3') : 'inline-flex w-fit flex-wrap gap-1 rounded-[var(--radius-button)] border border-line bg-mist p-1')}>
        {choices.map((c) => {
          const id = `${group}-${c.value}`;
          const checked = c.value === value;
          return (
            <div key={String(c.value)} className="relative h-full">
              {/* The native radio lies transparent over its label: pointer, touch and keyboard all reach it. */}
              <input
                id={id}
                type="radio"
                name={group}
                className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0 disabled:cursor-not-allowed"
                checked={checked}
                onChange={() => onChange(c.value)}
              />
              <label
                htmlFor={id}
                className={cn(
                  'cursor-pointer transition-colors peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-[var(--color-electric)] peer-disabled:cursor-not-allowed peer-disabled:opacity-60',
                  cards
                    ? cn('flex h-full flex-col gap-1 rounded-[var(--radius-button)] border p-3 text-sm', checked ? 'border-primary bg-primary-soft ring-1 ring-primary' : 'border-line bg-white hover:border-primary/40')
                    : cn('flex min-h-9 min-w-11 items-center justify-center rounded-[4px] px-3 text-sm font-medium tabular-nums max-md:min-h-11', checked ? 'bg-white text-ink shadow-[var(--shadow-card)]' : 'text-slate hover:text-ink'),
                )}
              >
                {cards ? <span className="font-semibold text-ink">{c.label}</span> : c.label}
                {c.description && <span className="text-xs text-muted">{c.description}</span>}
              </label>
            </div>
          );
        })}
      </div>
      {hint && (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </fieldset>
  );
}
