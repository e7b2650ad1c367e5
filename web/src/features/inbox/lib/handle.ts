import type { Channel } from '@/lib/api/types';

const HOSTS: Partial<Record<Channel, RegExp>> = {
  x: /(^|\.)(x|twitter)\.com$/,
  threads: /(^|\.)threads\.(net|com)$/,
  instagram: /(^|\.)instagram\.com$/,
  tiktok: /(^|\.)tiktok\.com$/,
  linkedin: /(^|\.)linkedin\.com$/,
  facebook: /(^|\.)facebook\.com$/,
  bluesky: /(^|\.)bsky\.app$/,
};

/**
 * The brand's handle on a network for the preview: taken from the brand's social links when one
 * points at that network, else made from the brand name.
 */
export function handleFor(channel: Channel, brandName: string, links: readonly string[] = []): string {
  const host = HOSTS[channel];
  for (const link of links) {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      continue;
    }
    const segs = url.pathname.split('/').filter(Boolean);
    if (channel === 'mastodon' && segs[0]?.startsWith('@')) return `${segs[0]}@${url.hostname}`;
    if (!host || !host.test(url.hostname)) continue;
    const seg = channel === 'linkedin' || channel === 'bluesky' ? segs[1] : segs[0];
    if (seg) return `@${seg.replace(/^@/, '')}`;
  }
  const slug = brandName.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'brand';
  return channel === 'bluesky' ? `@${slug}.bsky.social` : `@${slug}`;
}

export function brandInitial(name: string): string {
  return (name.trim()[0] ?? 'B').toUpperCase();
}
