import { X } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import { cn } from '@/lib/cn';

/**
 * A list of short values as chips. Enter or a comma adds what was typed; Backspace in the empty
 * field removes the last chip; each chip has its own remove button.
 */
export function ChipInput({
  id,
  values,
  onChange,
  placeholder,
  disabled,
  invalid,
  describedBy,
  label,
}: {
  id: string;
  values: string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
  /** What one value is called, for the remove buttons: "Remove word cheap". */
  label: string;
}) {
  const [text, setText] = useState('');
  const add = (raw: string) => {
    const parts = raw
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .filter((p) => !values.includes(p));
    if (parts.length > 0) onChange([...values, ...parts]);
    setText('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add(text);
    } else if (e.key === 'Backspace' && text === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  };
  return (
    <div
      className={cn(
        'flex min-h-11 flex-wrap items-center gap-1.5 rounded-[var(--radius-button)] border border-line bg-white px-2 py-1.5 focus-within:border-primary',
        invalid && 'border-danger',
        disabled && 'bg-mist opacity-70',
      )}
    >
      <ul className="contents">
        {values.map((v, i) => (
          <li key={`${v}-${i}`} className="inline-flex max-w-full items-center gap-1 rounded-full bg-primary-soft py-1 pr-1 pl-3 text-sm text-primary-hover">
            <span className="truncate">{v}</span>
            {!disabled && (
              <button
                type="button"
                onClick={() => onChange(values.filter((_, j) => j !== i))}
                className="inline-flex size-6 items-center justify-center rounded-full hover:bg-primary/15"
                aria-label={`Remove ${label} ${v}`}
              >
                <X className="size-3.5" aria-hidden="true" />
              </button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && (
        <input
          id={id}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => text.trim() && add(text)}
          placeholder={values.length === 0 ? placeholder : 'Add another'}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className="min-h-8 min-w-32 flex-1 border-0 bg-transparent px-1 text-base text-ink outline-none placeholder:text-muted/80 sm:text-sm"
        />
      )}
    </div>
  );
}
