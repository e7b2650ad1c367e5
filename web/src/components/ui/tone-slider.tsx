import { useId } from 'react';

/** How a slider position reads in words: the pole it leans to, and how strongly. */
export function toneDescription(value: number, left: string, right: string): string {
  if (value <= 20) return `Very ${left.toLowerCase()}`;
  if (value < 45) return `Leaning ${left.toLowerCase()}`;
  if (value <= 55) return 'Balanced';
  if (value < 80) return `Leaning ${right.toLowerCase()}`;
  return `Very ${right.toLowerCase()}`;
}

/** One tone axis, 0 (fully the left word) to 100 (fully the right word), with both words shown. */
export function ToneSlider({
  left,
  right,
  value,
  onChange,
  disabled,
  error,
}: {
  left: string;
  right: string;
  value: number;
  onChange: (value: number) => void;
  disabled?: boolean;
  error?: string;
}) {
  const id = useId();
  const description = toneDescription(value, left, right);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <label htmlFor={id} className="font-medium text-ink">
          {left} – {right}
        </label>
        <span className="text-xs text-muted" aria-hidden="true">
          {description}
        </span>
      </div>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={5}
        value={value}
        disabled={disabled}
        aria-valuetext={`${description} (${value} of 100)`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(Number(e.target.value))}
        className="h-11 w-full cursor-pointer accent-[var(--color-primary)] disabled:cursor-not-allowed"
      />
      <div className="flex justify-between text-xs font-medium text-slate" aria-hidden="true">
        <span>{left}</span>
        <span>{right}</span>
      </div>
      {error && <p className="text-sm text-danger">{error}</p>}
    </div>
  );
}
