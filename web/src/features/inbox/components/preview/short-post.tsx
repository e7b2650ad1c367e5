import { BarChart3, Heart, MessageCircle, Repeat2 } from 'lucide-react';
import { HighlightedText, type Highlight } from '@/components/ui/highlighted-text';
import type { Channel } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { CHANNELS } from '@/features/inbox/lib/channels';
import { BrandAvatar, handleOf, type Device, type PreviewBrand } from './preview-kit';

/**
 * X, Threads, Bluesky and Mastodon: one post card per published part, joined by the thread line.
 * `highlightsFor(i)` gives the marks of part `i`.
 */
export function ShortPost({
  channel,
  brand,
  parts,
  device,
  highlightsFor,
}: {
  channel: Channel;
  brand: PreviewBrand;
  parts: string[];
  device: Device;
  highlightsFor: (part: number) => Highlight[];
}) {
  const handle = handleOf(brand, channel);
  const thread = parts.length > 1;
  return (
    <ol aria-label={thread ? `${CHANNELS[channel].label} thread of ${parts.length} posts` : `${CHANNELS[channel].label} post`} className="bg-white">
      {parts.map((part, i) => (
        <li key={i} data-testid="post-part" className={cn('relative flex gap-3 px-4 pt-3', i === parts.length - 1 ? 'pb-3' : 'pb-1')}>
          {i < parts.length - 1 && <span aria-hidden="true" className="absolute top-14 bottom-0 left-[35px] w-0.5 bg-line" />}
          <BrandAvatar brand={brand} />
          <div className="min-w-0 flex-1">
            <p className="flex min-w-0 flex-wrap items-baseline gap-x-1 text-[15px] leading-5">
              <span className="truncate font-bold text-ink">{brand.name}</span>
              <span className="truncate text-muted">{handle}</span>
              <span className="text-muted" aria-hidden="true">
                · now
              </span>
            </p>
            {thread && <span className="sr-only">Post {i + 1} of {parts.length}: </span>}
            <HighlightedText text={part} highlights={highlightsFor(i)} className={cn('mt-0.5 block text-ink', device === 'mobile' ? 'text-[14px] leading-5' : 'text-[15px] leading-[1.35]')} />
            <div aria-hidden="true" className="mt-3 flex max-w-sm justify-between pb-1 text-muted [&_svg]:size-4">
              <MessageCircle />
              <Repeat2 />
              <Heart />
              <BarChart3 />
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
