import { Badge } from '@/components/ui/badge';
import { impactTone, sentimentLabel, sentimentOf, sentimentText, sentimentTone, urgencyTone, words } from '../lib/labels';

export function SentimentBadge({ label, score }: { label?: string | null; score: number }) {
  const s = sentimentOf(label, score);
  return (
    <Badge tone={sentimentTone(s)} title={sentimentText(s, score)}>
      <span aria-hidden="true">{sentimentLabel(s)}</span>
      <span className="sr-only">{sentimentText(s, score)}</span>
    </Badge>
  );
}

export function ImpactBadge({ impact }: { impact: string }) {
  return <Badge tone={impactTone(impact)}>{words(impact)} impact</Badge>;
}

export function CategoryBadge({ category }: { category: string }) {
  return <Badge tone="primary">{words(category)}</Badge>;
}

export function UrgencyBadge({ urgency }: { urgency: string }) {
  return <Badge tone={urgencyTone(urgency)}>{words(urgency)}</Badge>;
}
