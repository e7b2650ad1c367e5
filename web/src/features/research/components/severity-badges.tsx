import { Badge } from '@/components/ui/badge';
import { cn } from '@/lib/cn';
import { severityCounts, severityInfo, type SeverityCounts } from '../lib/severity';

export function SeverityBadge({ severity }: { severity: string }) {
  const s = severityInfo(severity);
  return <Badge tone={s.tone}>{s.label}</Badge>;
}

/** The three severities with their counts, zero ones muted. */
export function SeverityCountList({ counts, className }: { counts: SeverityCounts; className?: string }) {
  return (
    <ul className={cn('flex flex-wrap gap-1.5', className)} aria-label="Issues by severity">
      {severityCounts(counts).map((s) => (
        <li key={s.severity}>
          <Badge tone={s.count > 0 ? s.tone : 'neutral'} className={cn(s.count === 0 && 'opacity-70')}>
            {s.text}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
