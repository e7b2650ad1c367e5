import type { KeyboardEvent } from 'react';
import type { InboxCounts } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { STATE_TABS, tabCount, type StateTab } from '../lib/states';

export const LIST_PANEL_ID = 'inbox-list-panel';

/** The state tabs with their counts; arrow keys move between tabs, as in any tab list. */
export function StateTabs({ active, counts, onChange }: { active: StateTab; counts: InboxCounts | undefined; onChange: (key: string) => void }) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = STATE_TABS.findIndex((t) => t.key === active.key);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? STATE_TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const tab = STATE_TABS[(next + STATE_TABS.length) % STATE_TABS.length];
    onChange(tab.key);
    e.currentTarget.querySelector<HTMLButtonElement>(`[data-tab="${tab.key}"]`)?.focus();
  };
  return (
    <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <div role="tablist" aria-label="Items by state" onKeyDown={onKeyDown} className="flex min-w-max gap-1 border-b border-line">
        {STATE_TABS.map((tab) => {
          const selected = tab.key === active.key;
          const n = tabCount(tab, counts);
          return (
            <button
              key={tab.key}
              type="button"
              role="tab"
              data-tab={tab.key}
              aria-selected={selected}
              aria-controls={LIST_PANEL_ID}
              tabIndex={selected ? 0 : -1}
              onClick={() => onChange(tab.key)}
              className={cn(
                '-mb-px inline-flex min-h-11 items-center gap-2 border-b-2 px-3 text-sm font-medium whitespace-nowrap transition-colors',
                selected ? 'border-primary text-primary-hover' : 'border-transparent text-muted hover:text-ink',
              )}
            >
              {tab.label}
              {n !== null && (
                <span
                  className={cn(
                    'inline-flex min-w-6 justify-center rounded-full px-1.5 text-xs leading-5 tabular-nums',
                    selected ? 'bg-primary-soft text-primary-hover' : 'bg-mist text-slate',
                    tab.key === 'awaiting_review' && n > 0 && !selected && 'bg-warning-soft text-warning-ink',
                  )}
                >
                  {n}
                </span>
              )}
            </button>
          );
        })}
      </div>
    </div>
  );
}
