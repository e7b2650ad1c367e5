import { Fragment } from 'react';
import { cn } from '@/lib/cn';
import { segmentText, type Span } from '@/lib/text-spans';

export type HighlightSeverity = 'info' | 'warning' | 'error';

export type Highlight = Span & {
  severity: HighlightSeverity;
  message: string;
  suggestion?: string | null;
};

const markTone: Record<HighlightSeverity, string> = {
  error: 'bg-danger-soft decoration-danger',
  warning: 'bg-warning-soft decoration-warning-ink',
  info: 'bg-primary-soft decoration-primary',
};

function worst(marks: Highlight[]): HighlightSeverity {
  if (marks.some((m) => m.severity === 'error')) return 'error';
  if (marks.some((m) => m.severity === 'warning')) return 'warning';
  return 'info';
}

/**
 * Text with findings underlined in place. Offsets are UTF-8 byte offsets as the API reports
 * them; each mark carries its message (and fix) as a title for pointer users and as visually
 * hidden text for screen readers.
 */
export function HighlightedText({ text, highlights, className }: { text: string; highlights: Highlight[]; className?: string }) {
  const segments = segmentText(text, highlights);
  return (
    <span className={cn('whitespace-pre-wrap break-words', className)}>
      {segments.map((seg, i) =>
        seg.marks.length === 0 ? (
          <Fragment key={i}>{seg.text}</Fragment>
        ) : (
          <mark
            key={i}
            className={cn('rounded-sm text-inherit underline decoration-2 underline-offset-2', markTone[worst(seg.marks)])}
            title={seg.marks.map((m) => (m.suggestion ? `${m.message} Try: ${m.suggestion}` : m.message)).join('\n')}
          >
            {seg.text}
            <span className="sr-only"> ({seg.marks.map((m) => m.message).join(' ')})</span>
          </mark>
        ),
      )}
    </span>
  );
}
