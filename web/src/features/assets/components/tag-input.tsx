import { X } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import { cn } from '@/lib/cn';

/** Tags as chips: Enter or comma adds, Backspace in the empty box removes the last, × removes one. */
export function TagInput({
  id,
  value,
  onChange,
  disabled,
  'aria-invalid': invalid,
  'aria-describedby': describedBy,
}: {
  id?: string;
  value: string[];
  onChange: (tags: string[]) => void;
  disabled?: boolean;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const [draft, setDraft] = useState('');

  function add(raw: string) {
    const next = [...value];
    for (const piece of raw.split(',')) {
      const tag = piece.trim().replace(/\s+/g, ' ').toLowerCase();
      if (tag && !next.includes(tag)) next.push(tag);
    }
    if (next.length !== value.length) onChange(next);
    setDraft('');
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add(draft);
    } else if (e.key === 'Backspace' && draft === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  }

  return (
    <div
      className={cn(
        'flex min-h-11 w-full flex-wrap items-center gap-1.5 rounded-[var(--radius-button)] border border-line bg-white px-2 py-1.5 focus-within:border-primary',
        invalid && 'border-danger',
        disabled && 'bg-mist opacity-70',
      )}
    >
      <ul className="contents" aria-label="Chosen tags">
        {value.map((tag) => (
          <li key={tag} className="inline-flex items-center gap-1 rounded-full bg-primary-soft py-0.5 pr-1 pl-2.5 text-xs font-medium text-primary-hover">
            {tag}
            {!disabled && (
              <button
                type="button"
                onClick={() => onChange(value.filter((t) => t !== tag))}
                className="inline-flex size-5 items-center justify-center rounded-full hover:bg-primary/15"
                aria-label={`Remove tag ${tag}`}
              >
                <X className="size-3" strokeWidth={2.5} aria-hidden="true" />
              </button>
            )}
          </li>
        ))}
      </ul>
      <input
        id={id}
        value={draft}
        disabled={disabled}
        onChange={(e) => (e.target.value.endsWith(',') ? add(e.target.value) : setDraft(e.target.value))}
        onKeyDown={onKeyDown}
        onBlur={() => draft.trim() && add(draft)}
        placeholder={value.length ? '' : 'Add a tag and press Enter'}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className="min-w-[8rem] flex-1 bg-transparent px-1 text-base text-ink outline-none placeholder:text-muted/80 sm:text-sm"
      />
    </div>
  );
}
