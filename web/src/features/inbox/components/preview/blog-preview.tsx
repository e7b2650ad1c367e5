import { HighlightedText } from '@/components/ui/highlighted-text';
import type { OutlineSection } from '@/lib/api/types';
import { MarkdownView } from './markdown-view';
import type { FieldHighlights } from './preview-kit';

export function BlogPreview({
  domain,
  seoTitle,
  metaDescription,
  slug,
  outline,
  bodyMarkdown,
  highlights,
}: {
  domain: string;
  seoTitle: string;
  metaDescription: string;
  slug: string;
  outline: OutlineSection[];
  bodyMarkdown: string;
  highlights: FieldHighlights;
}) {
  return (
    <div className="flex flex-col bg-white">
      <article aria-label="Search result" className="border-b border-line px-4 py-4 font-[arial,sans-serif]">
        <p className="truncate text-[13px] text-[#202124]" data-testid="blog-url">
          {domain} › blog › {slug || 'untitled'}
        </p>
        <h4 className="mt-1 text-xl leading-6 font-normal text-[#1a0dab]">
          <HighlightedText text={seoTitle} highlights={highlights('seo_title')} />
        </h4>
        <p className="mt-1 text-sm leading-[1.58] text-[#4d5156]">
          <HighlightedText text={metaDescription} highlights={highlights('meta_description')} />
        </p>
      </article>
      {outline.length > 0 && (
        <section aria-label="Outline" className="border-b border-line px-4 py-4">
          <h4 className="text-xs font-semibold tracking-wide text-muted uppercase">Outline</h4>
          <ol className="mt-2 flex list-decimal flex-col gap-1.5 pl-5 text-sm text-ink">
            {outline.map((s, i) => (
              <li key={i}>
                <span className="font-medium">{s.heading || 'Untitled section'}</span>
                {(s.points?.length ?? 0) > 0 && (
                  <ul className="mt-0.5 list-disc pl-5 text-slate">
                    {s.points?.map((p, j) => (
                      <li key={j}>{p}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      <section aria-label="Article" tabIndex={0} className="max-h-[640px] overflow-y-auto px-4 py-4">
        <MarkdownView source={bodyMarkdown} headingOffset={2} />
      </section>
    </div>
  );
}
