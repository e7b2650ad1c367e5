/**
 * The credits a brief reserves, computed the way the server does before it queues the work:
 * every item reserves the most words one variant of its channel may hold, times the variants,
 * and the total costs `creditsPer1000` per started 1,000 words.
 */
import type { Channel } from '@/lib/api/types';
import { agentOf, type Agent } from './channels';

/** Words reserved for one variant, by agent (the server's `max_words`). */
export const RESERVED_WORDS: Record<Agent, number> = { social: 350, ads: 300, email: 450, blog: 1600 };

/** Most items one request may create. */
export const MAX_ITEMS = 60;

export type EstimateInput = {
  channels: readonly Channel[];
  personas: number;
  variants: number;
  emailSequenceLength: number;
  creditsPer1000?: number;
};

export type Estimate = { items: number; words: number; credits: number };

/** Items a brief makes: each channel once per persona (at least once), an email once per email of the sequence. */
export function itemCount(channels: readonly Channel[], personas: number, emailSequenceLength: number): number {
  const audiences = Math.max(1, personas);
  const perAudience = channels.reduce((n, c) => n + (c === 'email' ? Math.max(1, emailSequenceLength) : 1), 0);
  return perAudience * audiences;
}

export function estimateCredits({ channels, personas, variants, emailSequenceLength, creditsPer1000 = 5 }: EstimateInput): Estimate {
  const audiences = Math.max(1, personas);
  const seq = Math.max(1, emailSequenceLength);
  const wordsPerAudience = channels.reduce((sum, c) => sum + RESERVED_WORDS[agentOf(c)] * (c === 'email' ? seq : 1), 0);
  const words = wordsPerAudience * audiences * Math.max(0, variants);
  return {
    items: itemCount(channels, personas, emailSequenceLength),
    words,
    credits: Math.ceil(words / 1000) * creditsPer1000,
  };
}
