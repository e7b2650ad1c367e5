import { HighlightedText } from '@/components/ui/highlighted-text';
import type { RuleViolation } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import type { FieldHighlights } from './preview-kit';

export const RSA_HEADLINE_MAX = 30;
export const RSA_DESCRIPTION_MAX = 90;

/** Google shows up to three headlines joined by " | " and up to two descriptions. */
export function rsaHeadline(headlines: readonly string[]): string {
  return headlines
    .map((h) => h.trim())
    .filter(Boolean)
    .slice(0, 3)
    .join(' | ');
}

export function rsaDescription(descriptions: readonly string[]): string {
  return descriptions
    .map((d) => d.trim())
    .filter(Boolean)
    .slice(0, 2)
    .join(' ');
}

export function displayUrl(domain: string, path1?: string, path2?: string): string {
  return [domain, path1?.trim(), path2?.trim()].filter(Boolean).join(' › ');
}

export const chars = (s: string) => [...s].length;

function AssetList({
  title,
  field,
  items,
  max,
  highlights,
  violations,
}: {
  title: string;
  field: 'headlines' | 'descriptions';
  items: readonly string[];
  max: number;
  highlights: FieldHighlights;
  violations: readonly RuleViolation[];
}) {
  return (
    <div>
      <h4 className="text-xs font-semibold tracking-wide text-muted uppercase">
        {title} ({items.length})
      </h4>
      <ol className="mt-2 flex flex-col divide-y divide-line rounded-[var(--radius-button)] border border-line">
        {items.map((text, i) => {
          const n = chars(text);
          const name = `${field}[${i}]`;
          const broken = violations.filter((v) => v.field === name);
          const over = n > max;
          return (
            <li key={i} className="flex items-start gap-3 px-3 py-2 text-sm">
              <span className="w-5 shrink-0 pt-px text-right text-xs text-muted tabular-nums">{i + 1}</span>
              <span className="min-w-0 flex-1 text-ink">
                <HighlightedText text={text} highlights={highlights(name)} />
                {broken.map((v) => (
                  <span key={v.code} className={cn('mt-0.5 block text-xs', v.blocking ? 'text-danger' : 'text-warning-ink')}>
                    {v.message}
                  </span>
                ))}
              </span>
              <span
                className={cn('shrink-0 pt-px text-xs tabular-nums', over ? 'font-semibold text-danger' : 'text-muted')}
                aria-label={`${n} of ${max} characters${over ? ', too long' : ''}`}
              >
                {n}/{max}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function GoogleRsa({
  domain,
  headlines,
  descriptions,
  path1,
  path2,
  highlights,
  violations,
}: {
  domain: string;
  headlines: readonly string[];
  descriptions: readonly string[];
  path1?: string;
  path2?: string;
  highlights: FieldHighlights;
  violations: readonly RuleViolation[];
}) {
  return (
    <div className="flex flex-col gap-5">
      <article aria-label="Google search result" className="bg-white px-4 py-3 font-[arial,sans-serif]">
        <p className="text-[13px] text-[#202124]">
          <span className="font-bold">Sponsored</span>
        </p>
        <p className="mt-1 flex items-center gap-2 text-[13px] text-[#202124]">
          <span aria-hidden="true" className="inline-flex size-6 items-center justify-center rounded-full bg-mist text-[11px] font-bold text-slate">
            {domain[0]?.toUpperCase()}
          </span>
          <span className="min-w-0">
            <span className="block truncate" data-testid="rsa-url">
              <span className="mr-1 font-bold">Ad</span>· {displayUrl(domain, path1, path2)}
            </span>
          </span>
        </p>
        <h4 data-testid="rsa-headline" className="mt-1.5 text-xl leading-6 font-normal text-[#1a0dab]">
          {rsaHeadline(headlines)}
        </h4>
        <p data-testid="rsa-description" className="mt-1 text-sm leading-[1.58] text-[#4d5156]">
          {rsaDescription(descriptions)}
        </p>
      </article>
      <div className="flex flex-col gap-4 px-4 pb-4">
        <AssetList title="Headlines" field="headlines" items={headlines} max={RSA_HEADLINE_MAX} highlights={highlights} violations={violations} />
        <AssetList title="Descriptions" field="descriptions" items={descriptions} max={RSA_DESCRIPTION_MAX} highlights={highlights} violations={violations} />
      </div>
    </div>
  );
}
