/** Platform limits from GET /platform-rules, whose document types the table as plain objects. */

export type PlatformLimit = { name: string; limit: number; threads: boolean; counting: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const COUNTING: Record<string, string> = {
  x_weighted: 'weighted characters: links count 23, emoji 2',
  graphemes: 'characters',
  mastodon_graphemes: 'characters: links count 23',
  utf16: 'characters',
  threads_emoji_bytes: 'characters: emoji count by their bytes',
};

export function parsePlatformLimits(platforms: unknown, settings: unknown): Record<string, PlatformLimit> {
  const list = Array.isArray(platforms) ? platforms : isRecord(platforms) ? Object.values(platforms) : [];
  const mastodon = isRecord(settings) && typeof settings.mastodon_char_limit === 'number' ? settings.mastodon_char_limit : null;
  const out: Record<string, PlatformLimit> = {};
  for (const p of list) {
    if (!isRecord(p) || typeof p.platform !== 'string' || typeof p.text_limit !== 'number') continue;
    const counting = typeof p.counting === 'string' ? p.counting : '';
    out[p.platform] = {
      name: typeof p.display_name === 'string' ? p.display_name : p.platform,
      limit: p.platform === 'mastodon' && mastodon ? mastodon : p.text_limit,
      threads: p.supports_threads === true,
      counting: COUNTING[counting] ?? 'characters',
    };
  }
  return out;
}
