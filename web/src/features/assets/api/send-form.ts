/**
 * Multipart uploads with progress. fetch cannot report upload progress, so uploads go through
 * XMLHttpRequest, with the same bearer token, the same one-refresh-on-401 rule and the same
 * problem+json errors as the typed client.
 */
import { refreshTokens } from '@/lib/api/auth-fetch';
import { toProblemError } from '@/lib/api/problem';
import { tokenStore } from '@/lib/auth/token-store';

export type Progress = (fraction: number) => void;

function origin(): string {
  return typeof window !== 'undefined' && window.location?.origin && window.location.origin !== 'null' ? window.location.origin : 'http://localhost';
}

function once(path: string, form: FormData, onProgress?: Progress, signal?: AbortSignal): Promise<{ status: number; body: unknown; headers: Headers }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', new URL(path, origin()).toString());
    const token = tokenStore.accessToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown = xhr.responseText;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: keep the text
      }
      const headers = new Headers();
      const retryAfter = xhr.getResponseHeader('Retry-After');
      if (retryAfter) headers.set('Retry-After', retryAfter);
      resolve({ status: xhr.status, body, headers });
    };
    xhr.onerror = () => reject(new TypeError('Network error'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/** POSTs `form` to `path`; resolves with the JSON answer or throws a ProblemError. */
export async function sendForm<T>(path: string, form: FormData, onProgress?: Progress, signal?: AbortSignal): Promise<T> {
  let res = await once(path, form, onProgress, signal);
  if (res.status === 401 && tokenStore.get() && (await refreshTokens((r) => globalThis.fetch(r), origin()))) {
    res = await once(path, form, onProgress, signal);
  }
  if (res.status < 200 || res.status >= 300) throw toProblemError(res.status, res.body, res.headers);
  onProgress?.(1);
  return res.body as T;
}
