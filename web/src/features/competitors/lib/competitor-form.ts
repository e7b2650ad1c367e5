/** The "Add a competitor" form: what can be told before asking the server, and the request body. */
import type { CompetitorInput } from '@/lib/api/types';

export const NETWORKS = [
  { key: 'x', label: 'X', host: 'x.com' },
  { key: 'linkedin', label: 'LinkedIn', host: 'linkedin.com' },
  { key: 'facebook', label: 'Facebook', host: 'facebook.com' },
  { key: 'instagram', label: 'Instagram', host: 'instagram.com' },
  { key: 'youtube', label: 'YouTube', host: 'youtube.com' },
  { key: 'tiktok', label: 'TikTok', host: 'tiktok.com' },
] as const;

export type NetworkKey = (typeof NETWORKS)[number]['key'];
export type Schedule = 'off' | 'daily' | 'weekly';

export type CompetitorForm = {
  name: string;
  website: string;
  social: Record<NetworkKey, string>;
  schedule: Schedule;
  /** 0 to 100 on the slider; the server takes 0 to 1. */
  threshold: number;
};

export function emptyCompetitorForm(): CompetitorForm {
  return { name: '', website: '', social: { x: '', linkedin: '', facebook: '', instagram: '', youtube: '', tiktok: '' }, schedule: 'weekly', threshold: 50 };
}

/** Like the server: a bare host means https. */
export function normalizeWebsite(value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  try {
    const u = new URL(v.includes('://') ? v : `https://${v}`);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null;
    return u.toString();
  } catch {
    return null;
  }
}

export function validateCompetitor(f: CompetitorForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!f.name.trim()) errors.name = 'Enter the competitor’s name.';
  else if (f.name.length > 200) errors.name = 'Keep the name under 200 characters.';
  if (!f.website.trim()) errors.website = 'Enter the competitor’s website.';
  else if (!normalizeWebsite(f.website)) errors.website = 'Enter the address of a website, e.g. https://example.com.';
  return errors;
}

export function toCompetitorInput(f: CompetitorForm): CompetitorInput {
  const v = (k: NetworkKey) => f.social[k].trim() || null;
  const social = { x: v('x'), linkedin: v('linkedin'), facebook: v('facebook'), instagram: v('instagram'), youtube: v('youtube'), tiktok: v('tiktok') };
  return {
    name: f.name.trim(),
    website: f.website.trim(),
    social,
    schedule: f.schedule,
    alert_threshold: Math.round(f.threshold) / 100,
  };
}

/** Where a server field error shows: `social.youtube` belongs to the YouTube field. */
export function errorFieldKey(field: string): string {
  return field.startsWith('social.') ? field : field.split('.')[0];
}
