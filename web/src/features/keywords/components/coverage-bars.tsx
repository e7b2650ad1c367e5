import { percent } from '../lib/figures';

function Bar({ label, value, fill }: { label: string; value: number; fill: string }) {
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div className="grid grid-cols-[5.5rem_minmax(0,1fr)_2.5rem] items-center gap-2 text-xs">
      <span className="text-muted">{label}</span>
      <div role="meter" aria-label={`${label} coverage`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} className="h-2 overflow-hidden rounded-full bg-mist ring-1 ring-line ring-inset">
        <div className={`h-full rounded-full ${fill}`} style={{ width: `${pct}%` }} />
      </div>
      <span className="text-right font-medium text-ink tabular-nums">{percent(value)}</span>
    </div>
  );
}

/** Share of a topic's phrases used on our pages and on competitors' pages. */
export function CoverageBars({ ours, competitors }: { ours: number; competitors: number }) {
  return (
    <div className="flex flex-col gap-1.5">
      <Bar label="Our pages" value={ours} fill="bg-primary" />
      <Bar label="Competitors" value={competitors} fill="bg-coral" />
    </div>
  );
}
