import { X } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import { cn } from '@/lib/cn';

/**
 * Short values as chips. Enter or a comma adds what was typed; Backspace in the empty field removes
 * the last chip; each chip has its own remove button. At most `max` values.
 */
export function ChipInput({
  id,
  values,
  onChange,
  placeholder,
  label,
  max,
  'aria-invalid': invalid,
  'aria-describedby': describedBy,
}: {
  id?: string;
  values: string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
  /** What one value is called, for the remove buttons: "Remove keyword pricing". */
  label: string;
  max: number;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const [text, setText] = useState('');
  const full = values.length >= max;
  const add = (raw: string) => {
    const fresh = raw
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .filter((p, i, all) => !values.includes(p) && all.indexOf(p) === i);
    if (fresh.length > 0) onChange([...values, ...fresh].slice(0, max));
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
    <div className={cn('flex min-h-11 flex-wrap items-center gap-1.5 rounded-[var(--radius-button)] border border-line bg-white px-2 py-1.5 focus-within:border-primary', invalid && 'border-danger')}>
      <ul className="contents">
        {values.map((v) => (
          <li key={v} className="inline-flex max-w-full items-center gap-1 rounded-full bg-primary-soft py-1 pr-1 pl-3 text-sm text-primary-hover">
            <span className="truncate">{v}</span>
            <button
              type="button"
              onClick={() => onChange(values.filter((x) => x !== v))}
              className="inline-flex size-7 items-center justify-center rounded-full hover:bg-primary/15"
              aria-label={`Remove ${label} ${v}`}
            >
              <X className="size-3.5" aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        value={text}
        disabled={full}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => text.trim() && add(text)}
        placeholder={full ? `${max} at most` : values.length === 0 ? placeholder : 'Add another'}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className="min-h-8 min-w-32 flex-1 bg-transparent px-1 text-base text-ink placeholder:text-muted/80 focus:outline-none disabled:cursor-not-allowed sm:text-sm"
      />
    </div>
  );
}
