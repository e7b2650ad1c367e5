import type { BadgeTone } from '@/components/ui/badge';

/** Compliance score bands: 85 and up is on-brand, 65 to 84 needs a look, below 65 needs work. */
export function scoreTone(score: number | null | undefined): BadgeTone {
  if (score == null) return 'neutral';
  if (score >= 85) return 'success';
  if (score >= 65) return 'warning';
  return 'danger';
}

export function scoreLabel(score: number | null | undefined): string {
  if (score == null) return 'Not scored yet';
  if (score >= 85) return 'On brand';
  if (score >= 65) return 'Needs a look';
  return 'Needs work';
}
