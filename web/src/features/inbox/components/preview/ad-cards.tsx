import { Globe2, MoreHorizontal } from 'lucide-react';
import { HighlightedText } from '@/components/ui/highlighted-text';
import { BrandAvatar, MediaPlaceholder, type FieldHighlights, type PreviewBrand } from './preview-kit';

export function MetaAd({
  brand,
  domain,
  primaryText,
  headline,
  description,
  highlights,
}: {
  brand: PreviewBrand;
  domain: string;
  primaryText: string;
  headline: string;
  description?: string;
  highlights: FieldHighlights;
}) {
  return (
    <article aria-label="Meta ad" className="bg-white">
      <header className="flex items-center gap-2 px-4 pt-3">
        <BrandAvatar brand={brand} />
        <div className="min-w-0 flex-1 text-xs text-muted">
          <p className="truncate text-[15px] font-semibold text-ink">{brand.name}</p>
          <p className="flex items-center gap-1">
            Sponsored · <Globe2 className="size-3" aria-label="Public" />
          </p>
        </div>
        <MoreHorizontal className="size-5 text-muted" aria-hidden="true" />
      </header>
      <p className="px-4 py-3 text-[15px] leading-5 whitespace-pre-wrap text-ink">
        <HighlightedText text={primaryText} highlights={highlights('primary_text')} />
      </p>
      <MediaPlaceholder brand={brand} ratio="1.91 / 1" label="Ad image placeholder" />
      <div className="flex items-center gap-3 bg-mist px-4 py-3">
        <div className="min-w-0 flex-1">
          <p className="truncate text-xs text-muted uppercase">{domain}</p>
          <p className="text-[15px] leading-5 font-semibold text-ink">
            <HighlightedText text={headline} highlights={highlights('headline')} />
          </p>
          {description && (
            <p className="text-sm text-muted">
              <HighlightedText text={description} highlights={highlights('description')} />
            </p>
          )}
        </div>
        <span aria-hidden="true" className="shrink-0 rounded-md bg-line/80 px-3 py-2 text-sm font-semibold text-ink">
          Learn more
        </span>
      </div>
    </article>
  );
}

export function LinkedInSponsored({
  brand,
  intro,
  headline,
  description,
  domain,
  highlights,
}: {
  brand: PreviewBrand;
  intro: string;
  headline: string;
  description?: string;
  domain: string;
  highlights: FieldHighlights;
}) {
  return (
    <article aria-label="LinkedIn sponsored content" className="bg-white">
      <header className="flex gap-2 px-4 pt-3">
        <BrandAvatar brand={brand} className="size-12 rounded-md" />
        <div className="min-w-0 text-xs leading-4 text-muted">
          <p className="truncate text-sm font-semibold text-ink">{brand.name}</p>
          <p>Company page</p>
          <p>Promoted</p>
        </div>
      </header>
      <p className="px-4 py-3 text-sm leading-5 whitespace-pre-wrap text-ink">
        <HighlightedText text={intro} highlights={highlights('intro')} />
      </p>
      <MediaPlaceholder brand={brand} ratio="1.91 / 1" label="Ad image placeholder" />
      <div className="flex items-center gap-3 bg-[#eef3f8] px-4 py-3">
        <div className="min-w-0 flex-1">
          <p className="text-sm leading-5 font-semibold text-ink">
            <HighlightedText text={headline} highlights={highlights('headline')} />
          </p>
          <p className="truncate text-xs text-muted">{description ? <HighlightedText text={description} highlights={highlights('description')} /> : domain}</p>
        </div>
        <span aria-hidden="true" className="shrink-0 rounded-full border border-[#0a66c2] px-4 py-1.5 text-sm font-semibold text-[#0a66c2]">
          Learn more
        </span>
      </div>
    </article>
  );
}
