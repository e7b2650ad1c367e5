import { Globe2, MessageCircle, Repeat2, Send, Share2, ThumbsUp } from 'lucide-react';
import { useState } from 'react';
import { HighlightedText, type Highlight } from '@/components/ui/highlighted-text';
import { cn } from '@/lib/cn';
import { BrandAvatar, fold, MediaPlaceholder, type Device, type PreviewBrand } from './preview-kit';

/** LinkedIn folds a post after about 210 characters on phones, behind "…see more". */
export const LINKEDIN_FOLD = 210;

function Folded({ text, highlights, limit, className }: { text: string; highlights: Highlight[]; limit: number | null; className?: string }) {
  const [open, setOpen] = useState(false);
  const { shown, cut } = limit === null || open ? { shown: text, cut: false } : fold(text, limit);
  return (
    <p className={className}>
      <HighlightedText text={shown} highlights={highlights} />
      {cut && (
        <>
          {'… '}
          <button type="button" onClick={() => setOpen(true)} className="font-medium text-muted hover:text-primary hover:underline">
            see more
          </button>
        </>
      )}
    </p>
  );
}

export function LinkedInPost({ brand, text, highlights, device }: { brand: PreviewBrand; text: string; highlights: Highlight[]; device: Device }) {
  return (
    <article aria-label="LinkedIn post" className="bg-white">
      <header className="flex gap-2 px-4 pt-3">
        <BrandAvatar brand={brand} className="size-12 rounded-md" />
        <div className="min-w-0 text-xs leading-4 text-muted">
          <p className="truncate text-sm font-semibold text-ink">{brand.name}</p>
          <p>Company page</p>
          <p className="flex items-center gap-1">
            now · <Globe2 className="size-3" aria-label="Public" />
          </p>
        </div>
      </header>
      <Folded text={text} highlights={highlights} limit={device === 'mobile' ? LINKEDIN_FOLD : null} className="px-4 pt-3 pb-3 text-sm leading-5 whitespace-pre-wrap text-ink" />
      <footer aria-hidden="true" className="mx-4 flex justify-between border-t border-line py-2 text-xs font-semibold text-muted [&_svg]:size-4">
        <span className="flex items-center gap-1">
          <ThumbsUp /> Like
        </span>
        <span className="flex items-center gap-1">
          <MessageCircle /> Comment
        </span>
        <span className="flex items-center gap-1">
          <Repeat2 /> Repost
        </span>
        <span className="flex items-center gap-1">
          <Send /> Send
        </span>
      </footer>
    </article>
  );
}

export function FacebookPost({ brand, text, highlights, device }: { brand: PreviewBrand; text: string; highlights: Highlight[]; device: Device }) {
  return (
    <article aria-label="Facebook post" className="bg-white">
      <header className="flex items-center gap-2 px-4 pt-3">
        <BrandAvatar brand={brand} />
        <div className="min-w-0 text-xs text-muted">
          <p className="truncate text-[15px] font-semibold text-ink">{brand.name}</p>
          <p className="flex items-center gap-1">
            Just now · <Globe2 className="size-3" aria-label="Public" />
          </p>
        </div>
      </header>
      <Folded text={text} highlights={highlights} limit={device === 'mobile' ? 480 : null} className="px-4 pt-3 pb-3 text-[15px] leading-5 whitespace-pre-wrap text-ink" />
      <footer aria-hidden="true" className="mx-4 flex justify-around border-t border-line py-2 text-sm font-semibold text-muted [&_svg]:size-4">
        <span className="flex items-center gap-1.5">
          <ThumbsUp /> Like
        </span>
        <span className="flex items-center gap-1.5">
          <MessageCircle /> Comment
        </span>
        <span className="flex items-center gap-1.5">
          <Share2 /> Share
        </span>
      </footer>
    </article>
  );
}

export function InstagramPost({ brand, handle, text, highlights, device }: { brand: PreviewBrand; handle: string; text: string; highlights: Highlight[]; device: Device }) {
  const name = handle.replace(/^@/, '');
  return (
    <article aria-label="Instagram post" className="bg-white">
      <header className="flex items-center gap-2 px-3 py-2">
        <BrandAvatar brand={brand} className="size-8 text-xs ring-2 ring-[#dd2a7b] ring-offset-1" />
        <p className="truncate text-sm font-semibold text-ink">{name}</p>
      </header>
      <MediaPlaceholder brand={brand} ratio="1 / 1" label="Square image placeholder" />
      <div aria-hidden="true" className="flex gap-4 px-3 pt-2.5 text-ink [&_svg]:size-6">
        <Heart />
        <MessageCircle />
        <Send />
      </div>
      <Folded
        text={text}
        highlights={highlights}
        limit={device === 'mobile' ? 125 : null}
        className="px-3 pt-2 pb-3 text-sm leading-5 whitespace-pre-wrap text-ink"
      />
      <p className="sr-only">Posted by {name}</p>
    </article>
  );
}

function Heart() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M19 14c1.49-1.46 3-3.21 3-5.5A5.5 5.5 0 0 0 16.5 3c-1.76 0-3 .5-4.5 2-1.5-1.5-2.74-2-4.5-2A5.5 5.5 0 0 0 2 8.5c0 2.3 1.5 4.05 3 5.5l7 7Z" />
    </svg>
  );
}

export function TikTokPost({ brand, handle, text, highlights, device }: { brand: PreviewBrand; handle: string; text: string; highlights: Highlight[]; device: Device }) {
  return (
    <article aria-label="TikTok video" className={cn('mx-auto w-full bg-black', device === 'desktop' && 'max-w-[300px]')}>
      <MediaPlaceholder brand={brand} ratio="9 / 16" label="Vertical video placeholder" className="items-start pt-24">
        <div className="absolute inset-x-0 bottom-0 bg-gradient-to-t from-black/80 via-black/40 to-transparent pt-16 pr-14 pb-4 pl-3 text-white">
          <p className="text-sm font-semibold">{handle}</p>
          <p className="mt-1 line-clamp-[8] text-[13px] leading-[1.35] whitespace-pre-wrap [&_mark]:text-ink">
            <HighlightedText text={text} highlights={highlights} />
          </p>
        </div>
        <div aria-hidden="true" className="absolute right-2.5 bottom-6 flex flex-col items-center gap-5 text-white drop-shadow [&_svg]:size-7">
          <Heart />
          <MessageCircle />
          <Share2 />
        </div>
      </MediaPlaceholder>
    </article>
  );
}
