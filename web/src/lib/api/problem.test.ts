import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { applyFieldErrors, errorMessage, isProblem, parseRetryAfter, ProblemError, toProblemError } from './problem';

describe('toProblemError', () => {
  it('reads an RFC 9457 problem with field errors and a request id', () => {
    const e = toProblemError(422, {
      type: 'https://brandium.dev/problems/validation_failed',
      title: 'Validation failed',
      status: 422,
      detail: 'Some fields are not valid.',
      code: 'validation_failed',
      request_id: 'req-1',
      errors: [
        { field: 'email', code: 'email', message: 'Enter a valid email address.' },
        { field: 'password', code: 'length', message: 'Use at least 12 characters.' },
      ],
    });
    expect(e).toBeInstanceOf(ProblemError);
    expect(e.status).toBe(422);
    expect(e.code).toBe('validation_failed');
    expect(e.detail).toBe('Some fields are not valid.');
    expect(e.requestId).toBe('req-1');
    expect(e.errors).toEqual([
      { field: 'email', code: 'email', message: 'Enter a valid email address.' },
      { field: 'password', code: 'length', message: 'Use at least 12 characters.' },
    ]);
    expect(isProblem(e, 'validation_failed')).toBe(true);
    expect(isProblem(e, 'conflict')).toBe(false);
  });

  it('falls back to a code from the status when the body is not a problem', () => {
    expect(toProblemError(403, 'nope').code).toBe('forbidden');
    expect(toProblemError(404, undefined).code).toBe('not_found');
    const server = toProblemError(502, '<html>bad gateway</html>');
    expect(server.code).toBe('internal');
    expect(server.detail).toMatch(/went wrong/);
  });

  it('keeps Retry-After seconds for rate limits and says them in the message', () => {
    const e = toProblemError(429, { code: 'rate_limited', detail: 'Too many requests.', title: 'Too Many Requests', status: 429 }, new Headers({ 'Retry-After': '42' }));
    expect(e.retryAfter).toBe(42);
    expect(errorMessage(e)).toBe('Too many attempts. Try again in 42 seconds.');
  });

  it('keeps the members beyond the standard ones, such as the findings of a refusal', () => {
    const e = toProblemError(422, { type: 'about:blank', title: 'Refused', status: 422, detail: 'Fix it.', code: 'review_has_errors', findings: [{ rule: 'r' }] });
    expect(e.extensions).toEqual({ findings: [{ rule: 'r' }] });
    expect(toProblemError(500, 'oops').extensions).toEqual({});
  });

  it('drops malformed field errors entries safely', () => {
    const e = toProblemError(422, { code: 'validation_failed', errors: [null, 'x', { field: 'name' }] });
    expect(e.errors).toEqual([{ field: 'name', code: 'invalid', message: 'This value is not valid.' }]);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('5')).toBe(5);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
    const inTen = new Date(Date.now() + 10_000).toUTCString();
    expect(parseRetryAfter(inTen)).toBeGreaterThanOrEqual(8);
  });
});

describe('applyFieldErrors', () => {
  it('sets each known field error on the form and returns the others', () => {
    const setError = vi.fn();
    const e = new ProblemError({
      status: 422,
      code: 'validation_failed',
      title: 'Validation failed',
      detail: 'Some fields are not valid.',
      errors: [
        { field: 'email', code: 'taken', message: 'Already invited.' },
        { field: 'organization_name', code: 'blank', message: 'Required.' },
        { field: 'unknown.field', code: 'x', message: 'Mystery.' },
      ],
    });
    const rest = applyFieldErrors(e, setError as unknown as UseFormSetError<FieldValues>, ['email', 'org'], { organization_name: 'org' });
    expect(setError).toHaveBeenCalledTimes(2);
    expect(setError).toHaveBeenNthCalledWith(1, 'email', { type: 'server', message: 'Already invited.' }, { shouldFocus: true });
    expect(setError).toHaveBeenNthCalledWith(2, 'org', { type: 'server', message: 'Required.' }, { shouldFocus: false });
    expect(rest).toEqual([{ field: 'unknown.field', code: 'x', message: 'Mystery.' }]);
  });

  it('ignores errors that are not problems', () => {
    const setError = vi.fn();
    expect(applyFieldErrors(new Error('boom'), setError as unknown as UseFormSetError<FieldValues>, ['email'])).toEqual([]);
    expect(setError).not.toHaveBeenCalled();
  });
});
