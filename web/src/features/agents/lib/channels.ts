/** What the web app knows about each channel: its name, its group on the brief form and its agent. */
import type { Channel } from '@/lib/api/types';

export type ChannelGroup = 'social' | 'ads' | 'email' | 'blog';
export type Agent = ChannelGroup;

export type ChannelInfo = { value: Channel; label: string; short: string; hint: string; group: ChannelGroup };

export const CHANNELS: ChannelInfo[] = [
  { value: 'x', label: 'X', short: 'X post', hint: '280 characters, threads', group: 'social' },
  { value: 'linkedin', label: 'LinkedIn', short: 'LinkedIn post', hint: '3,000 characters', group: 'social' },
  { value: 'instagram', label: 'Instagram', short: 'Instagram caption', hint: '2,200 characters, hashtags', group: 'social' },
  { value: 'facebook', label: 'Facebook', short: 'Facebook post', hint: 'Long posts welcome', group: 'social' },
  { value: 'threads', label: 'Threads', short: 'Threads post', hint: '500 characters, threads', group: 'social' },
  { value: 'mastodon', label: 'Mastodon', short: 'Mastodon post', hint: 'Your instance limit, threads', group: 'social' },
  { value: 'bluesky', label: 'Bluesky', short: 'Bluesky post', hint: '300 characters, threads', group: 'social' },
  { value: 'tiktok', label: 'TikTok', short: 'TikTok caption', hint: '2,200-character caption', group: 'social' },
  { value: 'google_rsa', label: 'Google search ad', short: 'Google search ad', hint: 'Headlines of 30, descriptions of 90', group: 'ads' },
  { value: 'meta_ad', label: 'Meta ad', short: 'Meta ad', hint: 'Primary text and headline', group: 'ads' },
  { value: 'linkedin_sponsored', label: 'LinkedIn sponsored', short: 'LinkedIn sponsored', hint: 'Intro text and headline', group: 'ads' },
  { value: 'email', label: 'Email', short: 'Email', hint: 'Subject, preheader, body', group: 'email' },
  { value: 'blog', label: 'Blog post', short: 'Blog post', hint: 'SEO title, outline, article', group: 'blog' },
];

export const GROUPS: { key: ChannelGroup; label: string }[] = [
  { key: 'social', label: 'Social' },
  { key: 'ads', label: 'Ads' },
  { key: 'email', label: 'Email' },
  { key: 'blog', label: 'Blog' },
];

export const SOCIAL_CHANNELS = CHANNELS.filter((c) => c.group === 'social');

const BY_VALUE = new Map(CHANNELS.map((c) => [c.value, c]));

export function channelInfo(channel: string): ChannelInfo | undefined {
  return BY_VALUE.get(channel as Channel);
}

export function channelLabel(channel: string): string {
  return channelInfo(channel)?.label ?? channel;
}

/** The agent that writes a channel, the same split the server makes. */
export function agentOf(channel: Channel): Agent {
  return BY_VALUE.get(channel)?.group ?? 'social';
}

export const AGENT_LABELS: Record<string, string> = { social: 'Social', ads: 'Ads', email: 'Email', blog: 'Blog' };
