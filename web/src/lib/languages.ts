import { WRITING_LANGUAGES, type WritingLanguage } from './api/types';

/** The languages a brand writes in, named in English as the app reads. */
export const LANGUAGE_NAMES: Record<WritingLanguage, string> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  pt: 'Portuguese',
};

export function isWritingLanguage(v: unknown): v is WritingLanguage {
  return typeof v === 'string' && (WRITING_LANGUAGES as readonly string[]).includes(v);
}

/** A language code's name ("es" → "Spanish"); unknown codes are shown as they are. */
export function languageName(code: string | null | undefined): string {
  if (!code) return LANGUAGE_NAMES.en;
  return isWritingLanguage(code) ? LANGUAGE_NAMES[code] : code;
}

export const LANGUAGE_OPTIONS = WRITING_LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));
