/**
 * The edit form's values for each kind of draft, and the Draft they make. Fields are edited as
 * plain strings (hashtags in one line, a list as lines); `toDraft` turns them into what the API
 * stores, dropping empty slots and normalising what people type loosely.
 */
import type { Draft } from '@/lib/api/types';
import { compact, hashtagsText, lines, outlineToText, parseHashtags, slots, textToOutline } from './draft-fields';

export const RSA_HEADLINE_SLOTS = 15;
export const RSA_DESCRIPTION_SLOTS = 4;

export type EditorValues =
  | { kind: 'social'; text: string; hashtags: string }
  | { kind: 'google_rsa'; headlines: string[]; descriptions: string[]; path1: string; path2: string }
  | { kind: 'meta_ad'; primary_text: string; headline: string; description: string }
  | { kind: 'linkedin_sponsored'; intro: string; headline: string; description: string }
  | {
      kind: 'email';
      subject: string;
      preheader: string;
      subject_variants: string;
      body_text: string;
      body_html: string;
      cta_label: string;
      cta_url: string;
      delay_days: string;
    }
  | { kind: 'blog'; seo_title: string; meta_description: string; slug: string; outline: string; body_markdown: string };

export function fromDraft(d: Draft): EditorValues {
  switch (d.kind) {
    case 'social':
      return { kind: 'social', text: d.text, hashtags: hashtagsText(d.hashtags) };
    case 'google_rsa':
      return {
        kind: 'google_rsa',
        headlines: slots(d.headlines, RSA_HEADLINE_SLOTS),
        descriptions: slots(d.descriptions, RSA_DESCRIPTION_SLOTS),
        path1: d.path1 ?? '',
        path2: d.path2 ?? '',
      };
    case 'meta_ad':
      return { kind: 'meta_ad', primary_text: d.primary_text, headline: d.headline, description: d.description ?? '' };
    case 'linkedin_sponsored':
      return { kind: 'linkedin_sponsored', intro: d.intro, headline: d.headline, description: d.description ?? '' };
    case 'email':
      return {
        kind: 'email',
        subject: d.subject,
        preheader: d.preheader ?? '',
        subject_variants: (d.subject_variants ?? []).join('\n'),
        body_text: d.body_text,
        body_html: d.body_html,
        cta_label: d.cta_label,
        cta_url: d.cta_url ?? '',
        delay_days: String(d.delay_days ?? 0),
      };
    case 'blog':
      return {
        kind: 'blog',
        seo_title: d.seo_title,
        meta_description: d.meta_description,
        slug: d.slug,
        outline: outlineToText(d.outline),
        body_markdown: d.body_markdown,
      };
  }
}

/** A URL slug from whatever was typed: lower case, words joined by hyphens. */
export function slugify(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function path(s: string): string {
  return s.trim().replace(/^\/+|\/+$/g, '').replace(/\s+/g, '-');
}

export function toDraft(v: EditorValues): Draft {
  switch (v.kind) {
    case 'social':
      return { kind: 'social', text: v.text, hashtags: parseHashtags(v.hashtags) };
    case 'google_rsa':
      return { kind: 'google_rsa', headlines: compact(v.headlines), descriptions: compact(v.descriptions), path1: path(v.path1), path2: path(v.path2) };
    case 'meta_ad':
      return { kind: 'meta_ad', primary_text: v.primary_text, headline: v.headline.trim(), description: v.description.trim() };
    case 'linkedin_sponsored':
      return { kind: 'linkedin_sponsored', intro: v.intro, headline: v.headline.trim(), description: v.description.trim() };
    case 'email': {
      const days = Number.parseInt(v.delay_days, 10);
      return {
        kind: 'email',
        subject: v.subject.trim(),
        preheader: v.preheader.trim(),
        subject_variants: lines(v.subject_variants),
        body_text: v.body_text,
        body_html: v.body_html,
        cta_label: v.cta_label.trim(),
        cta_url: v.cta_url.trim() || null,
        delay_days: Number.isFinite(days) && days > 0 ? Math.min(days, 365) : 0,
      };
    }
    case 'blog':
      return {
        kind: 'blog',
        seo_title: v.seo_title.trim(),
        meta_description: v.meta_description.trim(),
        slug: slugify(v.slug),
        outline: textToOutline(v.outline),
        body_markdown: v.body_markdown,
      };
  }
}
