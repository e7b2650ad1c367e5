import type { ReactNode } from 'react';

export function Quote({ children, cite }: { children: ReactNode; cite?: ReactNode }) {
  return (
    <figure className="border-l-4 border-coral pl-4">
      <blockquote className="text-sm text-ink italic">{children}</blockquote>
      {cite && <figcaption className="mt-1 text-xs text-muted">{cite}</figcaption>}
    </figure>
  );
}
