import { Search } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Input } from '@/components/ui/input';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api/problem';
import type { VoiceSection } from '@/lib/api/types';
import { useVoiceSearch } from '../api/search-voice';
import { fieldId, findField } from './field-errors';

const SECTION_LABELS: Record<VoiceSection, string> = {
  traits: 'Voice traits',
  preferred_words: 'Preferred words',
  banned_terms: 'Banned terms',
  disclaimers: 'Disclaimers',
  writing_examples: 'Writing examples',
  hashtags: 'Hashtags',
};

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** Finds words in the saved voice guidelines (FR-6.4.1), ignoring case and accents. */
export function VoiceSearch({ brandId }: { brandId: string }) {
  const [q, setQ] = useState('');
  const query = useDebounced(q, 250);
  const search = useVoiceSearch(brandId, query);
  const active = query.trim().length > 0;
  return (
    <div role="search" className="flex flex-col gap-3">
      <label htmlFor="voice-search" className="sr-only">
        Search the voice guidelines
      </label>
      <div className="relative">
        <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted" aria-hidden="true" />
        <Input id="voice-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Search the guidelines: “cheap”, “emoji”, “résumé”…" className="pl-9" />
      </div>
      {active && (
        <div aria-live="polite">
          {search.isPending ? (
            <Spinner size="sm" label="Searching" />
          ) : search.isError ? (
            <p className="text-sm text-danger">{errorMessage(search.error)}</p>
          ) : search.data.hits.length === 0 ? (
            <p className="text-sm text-muted">Nothing in the saved guidelines matches “{search.data.query}”.</p>
          ) : (
            <>
              <p className="mb-2 text-xs text-muted">
                {search.data.hits.length} match{search.data.hits.length === 1 ? '' : 'es'} in the saved guidelines
              </p>
              <ul className="flex flex-col divide-y divide-line rounded-[var(--radius-button)] border border-line">
                {search.data.hits.map((hit) => (
                  <li key={hit.path}>
                    <a
                      href={`#${fieldId(hit.path)}`}
                      onClick={(e) => {
                        const el = findField(hit.path);
                        if (el) {
                          e.preventDefault();
                          el.scrollIntoView({ block: 'center', behavior: 'smooth' });
                          el.focus({ preventScroll: true });
                        }
                      }}
                      className="flex flex-col gap-0.5 px-3 py-2.5 hover:bg-mist"
                    >
                      <span className="text-xs font-semibold tracking-wide text-muted uppercase">{SECTION_LABELS[hit.section]}</span>
                      <span className="text-sm text-ink">
                        {hit.snippet.before}
                        <mark className="rounded-sm bg-coral-soft px-0.5 text-coral-ink">{hit.snippet.matched}</mark>
                        {hit.snippet.after}
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
