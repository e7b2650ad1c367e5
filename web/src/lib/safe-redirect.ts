/** Only same-origin paths are followed after sign-in (no `//evil.example` or absolute URLs). */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
