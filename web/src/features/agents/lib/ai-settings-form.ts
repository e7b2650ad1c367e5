/**
 * The AI settings form and its request body. The API key is write-only: leaving the replace field
 * empty omits `api_key` (the stored key stays), "Remove key" sends `""`, anything typed replaces it.
 */
import type { AiSettings, AiSettingsInput, ProviderKind } from '@/lib/api/types';

export type AiForm = {
  provider: ProviderKind;
  baseUrl: string;
  model: string;
  newKey: string;
  removeKey: boolean;
  fallback: boolean;
  mastodonCharLimit: string;
  instagramHashtagLimit: number;
};

export function formFrom(s: AiSettings): AiForm {
  return {
    provider: s.provider,
    baseUrl: s.base_url ?? '',
    model: s.model ?? '',
    newKey: '',
    removeKey: false,
    fallback: s.fallback,
    mastodonCharLimit: String(s.mastodon_char_limit),
    instagramHashtagLimit: s.instagram_hashtag_limit,
  };
}

/** Switching provider starts from what is saved for that provider, so one server's URL never leaks into another's. */
export function switchProvider(f: AiForm, provider: ProviderKind, saved: AiSettings): AiForm {
  const same = saved.provider === provider;
  return { ...f, provider, baseUrl: same ? (saved.base_url ?? '') : '', model: same ? (saved.model ?? '') : '' };
}

export function toSettingsInput(f: AiForm): AiSettingsInput {
  const builtin = f.provider === 'builtin';
  const body: AiSettingsInput = {
    provider: f.provider,
    base_url: builtin ? null : f.baseUrl.trim() || null,
    model: builtin ? null : f.model.trim() || null,
    fallback: f.fallback,
    mastodon_char_limit: Number(f.mastodonCharLimit),
    instagram_hashtag_limit: f.instagramHashtagLimit,
  };
  if (f.removeKey) body.api_key = '';
  else if (f.newKey.trim()) body.api_key = f.newKey.trim();
  return body;
}

export function isDirty(f: AiForm, saved: AiSettings): boolean {
  return JSON.stringify(f) !== JSON.stringify(formFrom(saved));
}

/** Servers people run the OpenAI-compatible provider against, with their usual base URL. */
export const OPENAI_PRESETS: { name: string; baseUrl: string; model: string; note: string }[] = [
  { name: 'OpenAI', baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', note: 'Needs an API key.' },
  { name: 'Ollama', baseUrl: 'http://localhost:11434/v1', model: 'llama3.1', note: 'Runs on your machine; no key.' },
  { name: 'vLLM', baseUrl: 'http://localhost:8000/v1', model: 'meta-llama/Llama-3.1-8B-Instruct', note: 'Key only if you started it with one.' },
  { name: 'llama.cpp', baseUrl: 'http://localhost:8080/v1', model: 'default', note: 'llama-server; no key by default.' },
  { name: 'LM Studio', baseUrl: 'http://localhost:1234/v1', model: 'local-model', note: 'Start its local server first.' },
  { name: 'OpenRouter', baseUrl: 'https://openrouter.ai/api/v1', model: 'openai/gpt-4o-mini', note: 'Needs an API key.' },
];
