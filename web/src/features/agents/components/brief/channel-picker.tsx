import { Check } from 'lucide-react';
import type { Channel } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { CHANNELS, GROUPS } from '@/features/agents/lib/channels';

/** The channels as toggle cards, grouped Social / Ads / Email / Blog. */
export function ChannelPicker({
  value,
  onChange,
  error,
  id = 'brief-channels',
}: {
  value: Channel[];
  onChange: (channels: Channel[]) => void;
  error?: string;
  id?: string;
}) {
  const toggle = (c: Channel) => onChange(value.includes(c) ? value.filter((x) => x !== c) : [...value, c]);
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div id={id} tabIndex={-1} className="flex flex-col gap-5 focus:outline-none" aria-describedby={errorId}>
      {GROUPS.map((g) => {
        const channels = CHANNELS.filter((c) => c.group === g.key);
        const chosen = channels.filter((c) => value.includes(c.value)).length;
        return (
          <div key={g.key} role="group" aria-labelledby={`${id}-${g.key}`}>
            <div className="mb-2 flex items-baseline gap-2">
              <h3 id={`${id}-${g.key}`} className="text-xs font-semibold tracking-wide text-muted uppercase">
                {g.label}
              </h3>
              {chosen > 0 && <span className="text-xs text-primary">{chosen} chosen</span>}
            </div>
            <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
              {channels.map((c) => {
                const on = value.includes(c.value);
                return (
                  <li key={c.value}>
                    <button
                      type="button"
                      aria-pressed={on}
                      aria-label={c.label}
                      aria-describedby={`${id}-${c.value}-hint`}
                      onClick={() => toggle(c.value)}
                      className={cn(
                        'relative flex h-full min-h-16 w-full flex-col items-start gap-0.5 rounded-[var(--radius-button)] border px-3 py-2.5 text-left transition-colors',
                        on ? 'border-primary bg-primary-soft ring-1 ring-primary' : 'border-line bg-white hover:border-primary/40 hover:bg-mist',
                      )}
                    >
                      <span className="pr-6 text-sm font-semibold text-ink">{c.label}</span>
                      <span id={`${id}-${c.value}-hint`} className="text-xs text-muted">
                        {c.hint}
                      </span>
                      <span
                        aria-hidden="true"
                        className={cn(
                          'absolute top-2.5 right-2.5 flex size-5 items-center justify-center rounded-full border',
                          on ? 'border-primary bg-primary text-white' : 'border-line bg-white text-transparent',
                        )}
                      >
                        <Check className="size-3.5" strokeWidth={3} />
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      {error && (
        <p id={errorId} role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
