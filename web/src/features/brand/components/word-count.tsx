import { cn } from '@/lib/cn';

/** Words as a reader counts them: runs of text holding at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export type WordCountState = 'empty' | 'short' | 'fits' | 'over';

/** Where a pitch stands against its target: within the last fifth of the target fits; past it is over. */
export function wordCountState(count: number, target: number): WordCountState {
  if (count === 0) return 'empty';
  if (count > target) return 'over';
  if (count >= Math.ceil(target * 0.8)) return 'fits';
  return 'short';
}

const tones: Record<WordCountState, string> = {
  empty: 'text-muted',
  short: 'text-muted',
  fits: 'text-success-ink',
  over: 'text-warning-ink',
};

/** A live "n / target words" count, announced politely to screen readers as it changes. */
export function WordCount({ text, target, id }: { text: string; target: number; id?: string }) {
  const count = countWords(text);
  const state = wordCountState(count, target);
  return (
    <span id={id} aria-live="polite" className={cn('text-xs font-medium tabular-nums', tones[state])}>
      {count} / {target} words
      {state === 'over' && ` · ${count - target} over`}
    </span>
  );
}
