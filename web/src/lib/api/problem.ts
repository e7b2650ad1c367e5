/** RFC 9457 problem+json parsing and mapping of field errors onto forms. */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { FieldError as ApiFieldError, Problem } from './types';

export type ProblemInit = {
  status: number;
  code: string;
  title: string;
  detail: string;
  errors?: ApiFieldError[];
  requestId?: string;
  retryAfter?: number | null;
  /** The body's other members (e.g. the `findings` of `review_has_errors`). */
  extensions?: Record<string, unknown>;
};

export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: ApiFieldError[];
  readonly requestId?: string;
  /** Seconds from a `Retry-After` header (rate limits). */
  readonly retryAfter: number | null;
  /** The problem body's members beyond the standard ones, as sent. */
  readonly extensions: Record<string, unknown>;

  constructor(init: ProblemInit) {
    super(init.detail || init.title);
    this.name = 'ProblemError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
    this.retryAfter = init.retryAfter ?? null;
    this.extensions = init.extensions ?? {};
  }
}

const FALLBACK_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  422: 'validation_failed',
  429: 'rate_limited',
};

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'errors', 'request_id']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseFieldErrors(v: unknown): ApiFieldError[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isRecord).map((e) => ({
    field: typeof e.field === 'string' ? e.field : '',
    code: typeof e.code === 'string' ? e.code : 'invalid',
    message: typeof e.message === 'string' ? e.message : 'This value is not valid.',
  }));
}

export function parseRetryAfter(header: string | null | undefined): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  return null;
}

/** Build a ProblemError from an HTTP status and whatever body came back (problem+json, other JSON, or nothing). */
export function toProblemError(status: number, body: unknown, headers?: Headers): ProblemError {
  const b: Partial<Problem> & Record<string, unknown> = isRecord(body) ? body : {};
  const code = typeof b.code === 'string' && b.code ? b.code : (FALLBACK_CODES[status] ?? (status >= 500 ? 'internal' : 'error'));
  const title = typeof b.title === 'string' ? b.title : status >= 500 ? 'Server error' : 'Request failed';
  const detail =
    typeof b.detail === 'string' && b.detail
      ? b.detail
      : status >= 500
        ? 'Something went wrong on our side. Please try again.'
        : typeof body === 'string' && body
          ? body
          : title;
  return new ProblemError({
    status,
    code,
    title,
    detail,
    errors: parseFieldErrors(b.errors),
    requestId: typeof b.request_id === 'string' ? b.request_id : undefined,
    retryAfter: parseRetryAfter(headers?.get('Retry-After')),
    extensions: Object.fromEntries(Object.entries(b).filter(([k]) => !STANDARD_MEMBERS.has(k))),
  });
}

export function isProblem(e: unknown, code?: string): e is ProblemError {
  return e instanceof ProblemError && (code === undefined || e.code === code);
}

/** A human sentence for any error thrown by the API layer. */
export function errorMessage(e: unknown): string {
  if (e instanceof ProblemError) {
    if (e.code === 'rate_limited' && e.retryAfter != null) {
      return `Too many attempts. Try again in ${e.retryAfter} second${e.retryAfter === 1 ? '' : 's'}.`;
    }
    return e.detail;
  }
  if (e instanceof TypeError) return 'Cannot reach the server. Check your connection and try again.';
  if (e instanceof Error) return e.message;
  return 'Something went wrong.';
}

/**
 * Put each server field error next to its field. Field names from the server are dotted paths (`email`,
 * `items.0.name`), the same shape react-hook-form uses. `aliases` maps server names to form names when
 * they differ. Returns the errors that matched no field (shown as a form-level alert).
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
  aliases: Record<string, string> = {},
): ApiFieldError[] {
  if (!(error instanceof ProblemError)) return [];
  const unmatched: ApiFieldError[] = [];
  let first = true;
  for (const fe of error.errors) {
    const name = aliases[fe.field] ?? fe.field;
    if (fields.includes(name)) {
      setError(name as Path<T>, { type: 'server', message: fe.message }, { shouldFocus: first });
      first = false;
    } else {
      unmatched.push(fe);
    }
  }
  return unmatched;
}
