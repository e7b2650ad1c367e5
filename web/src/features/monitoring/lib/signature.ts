/** How a receiver verifies a webhook: `Brandium-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */

export function parseSignatureHeader(header: string): { t: number; v1: string[] } | null {
  let t: number | null = null;
  const v1: string[] = [];
  for (const part of header.split(',')) {
    const [k, v] = part.trim().split('=', 2);
    if (k === 't' && v && /^\d+$/.test(v)) t = Number(v);
    else if (k === 'v1' && v) v1.push(v);
  }
  return t === null || v1.length === 0 ? null : { t, v1 };
}

/** The string that is signed: the timestamp, a dot, the raw body. */
export function signedPayload(t: number, body: string): string {
  return `${t}.${body}`;
}

export const VERIFY_SNIPPET = `// Node.js: verify a Brandium webhook
import { createHmac, timingSafeEqual } from 'node:crypto';

function verify(secret, header, rawBody, toleranceSeconds = 300) {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=')));
  const t = Number(parts.t);
  if (!t || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(\`\${t}.\${rawBody}\`).digest('hex');
  return timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1 ?? ''));
}`;
