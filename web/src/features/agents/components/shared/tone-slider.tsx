import { useId } from 'react';

/** How a slider position reads in words: the pole it leans to, and how strongly. */
export function toneDescription(value: number, left: string, right: string): string {
  if (value <= 20) return `Very ${left.toLowerCase()}`;
  if (value < 45) return `Leaning ${left.toLowerCase()}`;
  if (value <= 55) return 'Balanced';
  if (value < 80) return `Leaning ${right.toLowerCase()}`;
  return `Very ${right.toLowerCase()}`;
}

/** One tone axis, 0 (fully the left word) to 100 (fully the right word). */
export function ToneSlider({ left, right, value, onChange, disabled }: { left: string; right: string; value: number; onChange: (value: number) => void; disabled?: boolean }) {
  const id = useId();
  const description = toneDescription(value, left, right);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <label htmlFor={id} className="font-medium text-ink">
          {left} – {right}
        </label>
        <span className="text-xs text-muted tabular-nums" aria-hidden="true">
          {description} · {value}
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
        onChange={(e) => onChange(Number(e.target.value))}
        className="h-11 w-full cursor-pointer accent-[var(--color-primary)] disabled:cursor-not-allowed"
      />
    </div>
  );
}
