import { Newspaper, Radar, Swords, Tags, Telescope, X, type LucideIcon } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { BriefSource, SourceKind } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { useBriefSources } from '@/features/agents/api/get-brief-sources';

const KINDS: { value: SourceKind; label: string; icon: LucideIcon }[] = [
  { value: 'news_item', label: 'News', icon: Newspaper },
  { value: 'keyword_cluster', label: 'Keyword topics', icon: Tags },
  { value: 'competitor', label: 'Competitors', icon: Swords },
  { value: 'audit_finding', label: 'Audit findings', icon: Radar },
];

function kindInfo(kind: string) {
  return KINDS.find((k) => k.value === kind) ?? { value: kind as SourceKind, label: kind, icon: Telescope };
}

/** "Start from research": a dialog listing research sources; choosing one fills the brief from its suggestion. */
export function ResearchPicker({ onChoose, disabled }: { onChoose: (source: BriefSource) => void; disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="flex flex-col gap-3 rounded-[var(--radius-card)] border border-dashed border-primary/40 bg-primary-soft/50 p-4 sm:flex-row sm:items-center">
      <Telescope className="hidden size-6 shrink-0 text-primary sm:block" aria-hidden="true" />
      <div className="min-w-0 flex-1">
        <p className="text-sm font-semibold text-ink">Start from research</p>
        <p className="text-sm text-muted">Fill the brief from a news item, a keyword topic, a competitor's move or an audit finding. You review everything before sending.</p>
      </div>
      <Button variant="secondary" onClick={() => setOpen(true)} disabled={disabled}>
        Choose a source
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent wide title="Start from research" description="Choosing a source fills the topic, goal, key message, keywords and channels, and adds its facts to the brief.">
          {open && (
            <SourceList
              onChoose={(s) => {
                onChoose(s);
                setOpen(false);
              }}
            />
          )}
        </DialogContent>
      </Dialog>
    </div>
  );
}

function SourceList({ onChoose }: { onChoose: (source: BriefSource) => void }) {
  const [kind, setKind] = useState<SourceKind | null>(null);
  const sources = useBriefSources(kind);
  const filters: { value: SourceKind | null; label: string }[] = [{ value: null, label: 'All' }, ...KINDS];
  return (
    <div className="flex flex-col gap-4">
      <div role="group" aria-label="Kind of source" className="flex flex-wrap gap-2">
        {filters.map((f) => (
          <button
            key={f.label}
            type="button"
            aria-pressed={kind === f.value}
            onClick={() => setKind(f.value)}
            className={cn(
              'min-h-11 rounded-full border px-4 text-sm font-medium transition-colors',
              kind === f.value ? 'border-primary bg-primary text-white' : 'border-line bg-white text-ink hover:border-primary/40 hover:bg-primary-soft',
            )}
          >
            {f.label}
          </button>
        ))}
      </div>
      {sources.isPending ? (
        <SkeletonRows rows={3} label="Loading research sources" />
      ) : sources.isError ? (
        <ErrorState message={errorMessage(sources.error)} onRetry={() => sources.refetch()} />
      ) : sources.data.items.length === 0 ? (
        <EmptyState icon={Telescope} title="Nothing to start from yet">
          Sources appear once a site audit has run, the keyword map is built, competitors are tracked or news is monitored.
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-2" aria-label="Research sources">
          {sources.data.items.map((s) => {
            const k = kindInfo(s.kind);
            const Icon = k.icon;
            return (
              <li key={`${s.kind}-${s.id}`} className="flex flex-col gap-2 rounded-[var(--radius-button)] border border-line p-3 sm:flex-row sm:items-start">
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-center gap-2">
                    <Badge>
                      <Icon className="size-3" aria-hidden="true" />
                      {k.label}
                    </Badge>
                    <span className="font-medium text-ink">{s.title}</span>
                  </p>
                  <p className="mt-1 line-clamp-3 text-sm text-muted">{s.detail}</p>
                </div>
                <Button size="sm" onClick={() => onChoose(s)} aria-label={`Use ${s.title}`}>
                  Use
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** The research facts the brief will be written from, each removable. */
export function ResearchFacts({ facts, onChange }: { facts: string[]; onChange: (facts: string[]) => void }) {
  return (
    <ul className="flex flex-col gap-2" aria-label="Research facts">
      {facts.map((f) => (
        <li key={f} className="flex items-start gap-2 rounded-[var(--radius-button)] bg-primary-soft py-1.5 pr-1 pl-3 text-sm text-ink">
          <span className="line-clamp-3 min-w-0 flex-1 py-0.5">{f}</span>
          <button
            type="button"
            onClick={() => onChange(facts.filter((x) => x !== f))}
            className="inline-flex size-8 shrink-0 items-center justify-center rounded-full text-primary-hover hover:bg-primary/15"
            aria-label={`Remove fact: ${f.length > 60 ? `${f.slice(0, 60)}…` : f}`}
          >
            <X className="size-4" aria-hidden="true" />
          </button>
        </li>
      ))}
    </ul>
  );
}
