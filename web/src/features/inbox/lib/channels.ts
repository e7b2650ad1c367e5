import type { Channel } from '@/lib/api/types';

export type ChannelInfo = {
  label: string;
  /** A short mark for the channel's badge (networks' logos are trademarks, so we draw letters). */
  mark: string;
  /** The badge colours, close to each network's own. */
  className: string;
  agent: 'social' | 'ads' | 'email' | 'blog';
};

export const CHANNELS: Record<Channel, ChannelInfo> = {
  x: { label: 'X', mark: 'X', className: 'bg-black text-white', agent: 'social' },
  linkedin: { label: 'LinkedIn', mark: 'in', className: 'bg-[#0a66c2] text-white', agent: 'social' },
  instagram: { label: 'Instagram', mark: 'IG', className: 'bg-gradient-to-br from-[#f58529] via-[#dd2a7b] to-[#8134af] text-white', agent: 'social' },
  facebook: { label: 'Facebook', mark: 'f', className: 'bg-[#1877f2] text-white', agent: 'social' },
  threads: { label: 'Threads', mark: '@', className: 'bg-black text-white', agent: 'social' },
  mastodon: { label: 'Mastodon', mark: 'M', className: 'bg-[#6364ff] text-white', agent: 'social' },
  bluesky: { label: 'Bluesky', mark: 'bs', className: 'bg-[#1185fe] text-white', agent: 'social' },
  tiktok: { label: 'TikTok', mark: 'TT', className: 'bg-[#111] text-[#25f4ee]', agent: 'social' },
  google_rsa: { label: 'Google search ad', mark: 'G', className: 'bg-white text-[#1a73e8] ring-1 ring-line', agent: 'ads' },
  meta_ad: { label: 'Meta ad', mark: 'M', className: 'bg-[#0866ff] text-white', agent: 'ads' },
  linkedin_sponsored: { label: 'LinkedIn sponsored', mark: 'in', className: 'bg-[#004182] text-white', agent: 'ads' },
  email: { label: 'Email', mark: '@', className: 'bg-primary text-white', agent: 'email' },
  blog: { label: 'Blog post', mark: 'B', className: 'bg-coral-ink text-white', agent: 'blog' },
};

export const CHANNEL_ORDER = Object.keys(CHANNELS) as Channel[];

export const AGENTS = [
  { value: 'social', label: 'Social' },
  { value: 'ads', label: 'Ads' },
  { value: 'email', label: 'Email' },
  { value: 'blog', label: 'Blog' },
] as const;

export function channelLabel(channel: string): string {
  return CHANNELS[channel as Channel]?.label ?? channel;
}

/** The networks whose posts look like a short-post card (author line, text, one card per thread part). */
export const SHORT_POST: readonly Channel[] = ['x', 'threads', 'bluesky', 'mastodon'];
