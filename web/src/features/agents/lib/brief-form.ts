/**
 * The brief form's state and how it becomes the request body: fields that only make sense for a
 * chosen channel (the email sequence, blog keywords) are sent only with that channel.
 */
import type { BriefInput, BriefSuggestion, Channel, Tone, ToneSliders, Writer, WritingLanguage } from '@/lib/api/types';
import { languageName } from '@/lib/languages';
import { CHANNELS } from './channels';
import { itemCount, MAX_ITEMS } from './credit-estimate';

export type ToneValues = Required<Tone>;

export type BriefForm = {
  brandId: string;
  personaIds: string[];
  channels: Channel[];
  goal: string;
  keyMessage: string;
  callToAction: string;
  ctaUrl: string;
  /** Internal: groups the drafts, never published. */
  campaign: string;
  /** The campaign's public theme: the drafts may use it, e.g. as a hashtag. */
  theme: string;
  /** The language to write in; '' writes in the brand's. */
  language: WritingLanguage | '';
  variants: number;
  emailSequenceLength: number;
  keywords: string[];
  toneOverride: ToneValues | null;
  topic: string;
  /** Facts from market research the drafts are written from. */
  research: string[];
};

export const MAX_PERSONAS = 5;
export const MAX_KEYWORDS = 10;
export const MAX_RESEARCH = 5;

export const TONE_AXES: { key: keyof ToneValues; left: string; right: string }[] = [
  { key: 'formal_casual', left: 'Formal', right: 'Casual' },
  { key: 'serious_playful', left: 'Serious', right: 'Playful' },
  { key: 'respectful_irreverent', left: 'Respectful', right: 'Irreverent' },
  { key: 'matter_of_fact_enthusiastic', left: 'Matter-of-fact', right: 'Enthusiastic' },
];

export function emptyBrief(brandId = ''): BriefForm {
  return {
    brandId,
    personaIds: [],
    channels: [],
    goal: '',
    keyMessage: '',
    callToAction: '',
    ctaUrl: '',
    campaign: '',
    theme: '',
    language: '',
    variants: 2,
    emailSequenceLength: 1,
    keywords: [],
    toneOverride: null,
    topic: '',
    research: [],
  };
}

/** The brand voice's sliders, each defaulting to the middle. */
export function toneFrom(sliders: ToneSliders | null | undefined): ToneValues {
  return {
    formal_casual: sliders?.formal_casual ?? 50,
    serious_playful: sliders?.serious_playful ?? 50,
    respectful_irreverent: sliders?.respectful_irreverent ?? 50,
    matter_of_fact_enthusiastic: sliders?.matter_of_fact_enthusiastic ?? 50,
  };
}

const ORDER = new Map(CHANNELS.map((c, i) => [c.value, i]));

export function toBriefInput(f: BriefForm): BriefInput {
  const channels = [...f.channels].sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
  const body: BriefInput = {
    brand_id: f.brandId,
    persona_ids: f.personaIds,
    channels,
    goal: f.goal.trim(),
    key_message: f.keyMessage.trim(),
    call_to_action: f.callToAction.trim(),
    cta_url: f.ctaUrl.trim() || null,
    campaign: f.campaign.trim() || null,
    variants: f.variants,
    tone_override: f.toneOverride,
  };
  const theme = f.theme.trim();
  if (theme) body.theme = theme;
  if (f.language) body.language = f.language;
  if (channels.includes('email')) body.email_sequence_length = f.emailSequenceLength;
  if (channels.includes('blog')) body.keywords = f.keywords;
  const topic = f.topic.trim();
  if (topic) body.topic = topic;
  if (f.research.length > 0) body.research = f.research;
  return body;
}

/**
 * The brief a research source suggests, over the form: topic, goal, key message, keywords and channels
 * are replaced by the suggestion's (channels only when it names some); its facts join those already
 * chosen, without repeats, up to the most a brief takes. Brand, personas and options stay.
 */
export function applySuggestion(f: BriefForm, s: BriefSuggestion): BriefForm {
  const research = [...f.research];
  for (const fact of s.research) {
    const t = fact.trim();
    if (t && !research.includes(t)) research.push(t);
  }
  return {
    ...f,
    topic: s.topic?.trim() ?? '',
    goal: s.goal.trim(),
    keyMessage: s.key_message.trim(),
    keywords: [...new Set(s.keywords.map((k) => k.trim()).filter(Boolean))].slice(0, MAX_KEYWORDS),
    channels: s.channels.length > 0 ? [...new Set(s.channels)] : f.channels,
    research: research.slice(0, MAX_RESEARCH),
  };
}

/** The form's own field names for a server error path (`keywords[0]` → `keywords`, `tone_override.formal_casual` → `tone_override`). */
export function briefField(path: string): string {
  return path.split(/[.[]/)[0] ?? path;
}

/** What can be told before asking the server; the server's own errors are shown the same way. */
export function validateBrief(f: BriefForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!f.brandId) errors.brand_id = 'Pick a brand.';
  if (f.channels.length === 0) errors.channels = 'Pick at least one channel.';
  else {
    const items = itemCount(f.channels, f.personaIds.length, f.channels.includes('email') ? f.emailSequenceLength : 1);
    if (items > MAX_ITEMS) errors.channels = `This brief makes ${items} items; at most ${MAX_ITEMS} fit in one request. Pick fewer personas or channels.`;
  }
  if (!f.keyMessage.trim()) errors.key_message = 'Write the one thing every draft should say.';
  const url = f.ctaUrl.trim();
  if (url && !isHttpUrl(url)) errors.cta_url = 'Give a full link starting with https:// or http://.';
  return errors;
}

function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Why `writer` cannot write `language`, or null when it can (or nobody knows yet). The built-in
 * composer writes English only: the way out is a language model, or English.
 */
export function languageProblem(writer: Writer | undefined, language: string): string | null {
  if (!writer?.languages) return null;
  if ((writer.languages as readonly string[]).includes(language)) return null;
  const known = writer.languages.map(languageName);
  const who = writer.provider === 'builtin' ? 'The built-in composer' : `The connected model (${writer.model})`;
  const only = known.length === 0 ? 'writes no language yet' : `writes ${known.join(', ')} only`;
  return `${who} ${only}, not ${languageName(language)}.`;
}
