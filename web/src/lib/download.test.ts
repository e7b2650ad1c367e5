import { isProblem } from '@/lib/api/problem';
import { tokenStore } from '@/lib/auth/token-store';
import { mockFetch, problem } from '@/testing/render';
import { downloadFile, filenameFrom } from './download';

describe('filenameFrom', () => {
  it('takes the quoted file name of an attachment', () => {
    expect(filenameFrom('attachment; filename="audit-2026-03-01.csv"', 'x.csv')).toBe('audit-2026-03-01.csv');
  });

  it('falls back without a header or a quoted name', () => {
    expect(filenameFrom(null, 'fallback.pdf')).toBe('fallback.pdf');
    expect(filenameFrom('attachment', 'fallback.pdf')).toBe('fallback.pdf');
  });
});

describe('downloadFile', () => {
  beforeEach(() => {
    tokenStore.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    // jsdom has no object URLs.
    URL.createObjectURL = vi.fn(() => 'blob:file');
    URL.revokeObjectURL = vi.fn();
  });

  it('fetches with the token and saves the body under the name the server chose', async () => {
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    const { calls } = mockFetch({
      'GET /api/v1/things/t1/export': () => new Response('a,b\n', { headers: { 'Content-Disposition': 'attachment; filename="things.csv"' } }),
    });

    await expect(downloadFile('/api/v1/things/t1/export?format=csv', 'fallback.csv')).resolves.toBe('things.csv');
    expect(calls[0].auth).toBe('Bearer access-1');
    expect(clicked).toEqual([{ href: 'blob:file', download: 'things.csv' }]);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('uses the fallback name when the server names no file', async () => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    mockFetch({ 'GET /api/v1/things/t1/export': () => new Response('x') });
    await expect(downloadFile('/api/v1/things/t1/export', 'fallback.pdf')).resolves.toBe('fallback.pdf');
  });

  it('throws the problem the server answers with and saves nothing', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    mockFetch({ 'GET /api/v1/things/t1/export': () => problem(409, 'not_finished', 'Not finished') });
    const err: unknown = await downloadFile('/api/v1/things/t1/export', 'x.csv').catch((e: unknown) => e);
    expect(isProblem(err, 'not_finished')).toBe(true);
    expect(click).not.toHaveBeenCalled();
  });
});
