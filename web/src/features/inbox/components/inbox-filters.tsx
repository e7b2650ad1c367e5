import { SlidersHorizontal, UserRound, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select, type SelectOption } from '@/components/ui/select';
import type { BrandSummary } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { AGENTS, CHANNEL_ORDER, CHANNELS } from '../lib/channels';

export type FilterValues = { agent: string; channel: string; brand: string; persona: string; campaign: string; mine: boolean };

export const ANY = 'any';

function FilterSelect({ label, value, options, onChange, className }: { label: string; value: string; options: SelectOption[]; onChange: (v: string) => void; className?: string }) {
  return (
    <div className={cn('flex min-w-0 flex-col gap-1', className)}>
      <span className="text-xs font-medium text-muted" aria-hidden="true">
        {label}
      </span>
      <Select aria-label={label} value={value || ANY} onValueChange={(v) => onChange(v === ANY ? '' : v)} options={[{ value: ANY, label: `Any ${label.toLowerCase()}` }, ...options]} />
    </div>
  );
}

/** The list's filters. Campaign is free text, sent once typing pauses. */
export function InboxFilters({
  values,
  onChange,
  brands,
  personas,
  onClear,
}: {
  values: FilterValues;
  onChange: (patch: Partial<FilterValues>) => void;
  brands: BrandSummary[];
  personas: SelectOption[];
  onClear: () => void;
}) {
  const [campaign, setCampaign] = useState(values.campaign);
  const [applied, setApplied] = useState(values.campaign);
  // The filter can change from outside (cleared, back button): follow it unless it is what was typed.
  if (values.campaign !== applied) {
    setApplied(values.campaign);
    if (values.campaign !== campaign.trim()) setCampaign(values.campaign);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const typeCampaign = (text: string) => {
    setCampaign(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onChange({ campaign: text.trim() }), 400);
  };
  const [open, setOpen] = useState(false);
  const narrowed = [values.agent, values.channel, values.brand, values.persona, values.campaign].filter(Boolean).length;
  const active = narrowed > 0 || values.mine;
  // On phones the fields fold away behind one button, so the list starts on the first screen.
  const field = open ? '' : 'max-md:hidden';
  return (
    <div role="group" aria-label="Filters" className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto] lg:items-end">
      <div className="col-span-2 flex flex-wrap items-center gap-2 md:order-last md:col-span-3 lg:col-span-1">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="inbox-filter-fields"
          onClick={() => setOpen((o) => !o)}
          className="inline-flex min-h-11 items-center gap-2 rounded-[var(--radius-button)] border border-line bg-white px-3 text-sm font-medium text-slate hover:text-ink md:hidden"
        >
          <SlidersHorizontal className="size-4" aria-hidden="true" />
          Filters
          {narrowed > 0 && <span className="rounded-full bg-primary-soft px-1.5 text-xs leading-5 text-primary-hover">{narrowed}</span>}
        </button>
        <button
          type="button"
          aria-pressed={values.mine}
          onClick={() => onChange({ mine: !values.mine })}
          className={cn(
            'inline-flex min-h-11 items-center gap-2 rounded-[var(--radius-button)] border px-3 text-sm font-medium whitespace-nowrap transition-colors',
            values.mine ? 'border-primary bg-primary-soft text-primary-hover' : 'border-line bg-white text-slate hover:text-ink',
          )}
        >
          <UserRound className="size-4" aria-hidden="true" />
          Assigned to me
        </button>
        {active && (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              clearTimeout(timer.current);
              setCampaign('');
              onClear();
            }}
          >
            <X aria-hidden="true" />
            Clear
          </Button>
        )}
      </div>
      <div id="inbox-filter-fields" className="contents">
        <FilterSelect className={field} label="Agent" value={values.agent} onChange={(agent) => onChange({ agent })} options={AGENTS.map((a) => ({ value: a.value, label: a.label }))} />
        <FilterSelect className={field} label="Channel" value={values.channel} onChange={(channel) => onChange({ channel })} options={CHANNEL_ORDER.map((c) => ({ value: c, label: CHANNELS[c].label }))} />
        <FilterSelect className={field} label="Brand" value={values.brand} onChange={(brand) => onChange({ brand, persona: '' })} options={brands.map((b) => ({ value: b.id, label: b.name }))} />
        <FilterSelect className={field} label="Persona" value={values.persona} onChange={(persona) => onChange({ persona })} options={personas} />
        <label className={cn('col-span-2 flex min-w-0 flex-col gap-1 md:col-span-1', field)}>
          <span className="text-xs font-medium text-muted">Campaign</span>
          <Input type="search" value={campaign} onChange={(e) => typeCampaign(e.target.value)} placeholder="Any campaign" />
        </label>
      </div>
    </div>
  );
}
