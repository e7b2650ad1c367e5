import { useRef, type KeyboardEvent } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { cn } from '@/lib/cn';
import { useBrands } from '@/features/agents/api/get-brands';
import { Checker } from './checker';
import { FitTool } from './fit-tool';
import { TemplatesTool } from './templates-tool';

const TOOLS = [
  { key: 'check', label: 'Checker' },
  { key: 'templates', label: 'Writing templates' },
  { key: 'fit', label: 'Fit to platform' },
] as const;

type ToolKey = (typeof TOOLS)[number]['key'];

/** The brand compliance checker with two companions: writing templates and the platform formatter. */
export function CompliancePage() {
  const [params, setParams] = useSearchParams();
  const brands = useBrands();
  const tool: ToolKey = TOOLS.find((t) => t.key === params.get('tool'))?.key ?? 'check';
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (key: ToolKey, focus = false) => {
    setParams(key === 'check' ? {} : { tool: key }, { replace: true });
    if (focus) tabs.current[TOOLS.findIndex((t) => t.key === key)]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TOOLS.findIndex((t) => t.key === tool);
    const next = e.key === 'ArrowRight' ? (i + 1) % TOOLS.length : e.key === 'ArrowLeft' ? (i - 1 + TOOLS.length) % TOOLS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TOOLS.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    select(TOOLS[next].key, true);
  };
  const list = brands.data?.items ?? [];

  return (
    <>
      <PageHeader title="Brand checker" description="Check any text against your brand and the rules that keep marketing honest: banned terms, unproven claims, missing ad disclosures, tone and readability." />
      <div role="tablist" aria-label="Tools" className="-mx-4 mb-6 flex gap-1 overflow-x-auto border-b border-line px-4 sm:mx-0 sm:px-0" onKeyDown={onKeyDown}>
        {TOOLS.map((t, i) => (
          <button
            key={t.key}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tool-tab-${t.key}`}
            aria-selected={tool === t.key}
            aria-controls={`tool-panel-${t.key}`}
            tabIndex={tool === t.key ? 0 : -1}
            onClick={() => select(t.key)}
            className={cn('-mb-px min-h-11 border-b-2 px-3 text-sm font-medium whitespace-nowrap transition-colors', tool === t.key ? 'border-coral text-ink' : 'border-transparent text-muted hover:text-ink')}
          >
            {t.label}
          </button>
        ))}
      </div>
      {TOOLS.map((t) => (
        // Every tool stays mounted, so switching tabs keeps what was typed.
        <div key={t.key} role="tabpanel" id={`tool-panel-${t.key}`} aria-labelledby={`tool-tab-${t.key}`} hidden={tool !== t.key}>
          {t.key === 'check' && <Checker brands={list} />}
          {t.key === 'templates' && <TemplatesTool brands={list} />}
          {t.key === 'fit' && <FitTool />}
        </div>
      ))}
    </>
  );
}
