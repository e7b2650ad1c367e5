import { Link } from 'react-router';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import { cn } from '@/lib/cn';
import { usePersonas } from '@/features/agents/api/get-personas';
import { MAX_PERSONAS } from '@/features/agents/lib/brief-form';

/** Up to five of the brand's personas; none writes for the brand's general audience. */
export function PersonaPicker({ brandId, value, onChange, error }: { brandId: string; value: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const personas = usePersonas(brandId);
  const full = value.length >= MAX_PERSONAS;
  const errorId = error ? 'brief-personas-error' : undefined;

  let body;
  if (!brandId) body = <p className="text-sm text-muted">Pick a brand to see its personas.</p>;
  else if (personas.isPending)
    body = (
      <div role="status" aria-label="Loading personas" className="flex flex-wrap gap-2">
        <Skeleton className="h-11 w-36" />
        <Skeleton className="h-11 w-28" />
      </div>
    );
  else if (personas.isError)
    body = (
      <p role="alert" className="text-sm text-danger">
        Personas could not be loaded: {errorMessage(personas.error)}{' '}
        <button type="button" className="font-medium underline" onClick={() => personas.refetch()}>
          Try again
        </button>
      </p>
    );
  else if (personas.data.items.length === 0)
    body = (
      <p className="text-sm text-muted">
        This brand has no personas yet, so the agents write for its general audience.{' '}
        <Link to={`/brands/${brandId}/personas`} className="font-medium text-primary underline-offset-4 hover:underline">
          Add personas
        </Link>
      </p>
    );
  else
    body = (
      <ul className="flex flex-wrap gap-2">
        {personas.data.items.map((p) => {
          const on = value.includes(p.id);
          const disabled = !on && full;
          return (
            <li key={p.id}>
              <label
                className={cn(
                  'inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border px-4 text-sm font-medium transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-[var(--color-electric)]',
                  on ? 'border-primary bg-primary-soft text-primary-hover' : 'border-line bg-white text-slate hover:border-primary/40',
                  disabled && 'cursor-not-allowed opacity-50',
                )}
              >
                <input
                  type="checkbox"
                  className="size-4 accent-[var(--color-primary)]"
                  checked={on}
                  disabled={disabled}
                  onChange={() => onChange(on ? value.filter((x) => x !== p.id) : [...value, p.id])}
                />
                {p.name}
              </label>
            </li>
          );
        })}
      </ul>
    );

  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={['brief-personas-hint', errorId].filter(Boolean).join(' ')}>
      <legend className="mb-1 text-sm font-medium text-ink">Personas</legend>
      {body}
      <p id="brief-personas-hint" className="text-xs text-muted">
        {value.length > 0 ? `${value.length} of ${MAX_PERSONAS} chosen: each channel is written once per persona.` : `Up to ${MAX_PERSONAS}. None writes for the brand's general audience.`}
      </p>
      {error && (
        <p id={errorId} role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </fieldset>
  );
}
