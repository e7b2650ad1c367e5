import { ArrowDownRight, ArrowUpRight, Minus } from 'lucide-react';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { AuditView } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { checkChanges, healthDelta, signed } from '../lib/trend';
import { SeverityBadge } from './severity-badges';

function Figure({ label, value, tone }: { label: string; value: string; tone: 'good' | 'bad' | 'same' }) {
  const Icon = tone === 'good' ? ArrowDownRight : tone === 'bad' ? ArrowUpRight : Minus;
  return (
    <div className="flex flex-col gap-0.5 rounded-[var(--radius-button)] bg-mist px-3 py-2">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className={cn('flex items-center gap-1 font-heading text-lg font-semibold tabular-nums', tone === 'good' ? 'text-success-ink' : tone === 'bad' ? 'text-danger' : 'text-ink')}>
        <Icon className="size-4" aria-hidden="true" />
        {value}
      </dd>
    </div>
  );
}

/** What changed since the previous crawl: issues new and fixed, the health change, and per check. */
export function ChangesPanel({ audit }: { audit: AuditView }) {
  const trend = audit.trend;
  const changes = checkChanges(trend, audit.checks);
  const health = healthDelta(audit.crawl.health_score, trend?.previous_health_score);
  return (
    <Card aria-labelledby="changes-title">
      <CardHeader>
        <CardTitle id="changes-title">Since the previous crawl</CardTitle>
        {!trend && <CardDescription>This is the first finished crawl of the site: the next one will show what changed.</CardDescription>}
      </CardHeader>
      {trend && (
        <CardContent className="flex flex-col gap-4">
          <dl className="grid grid-cols-1 gap-2 sm:grid-cols-3">
            <Figure label="New issues" value={signed(trend.new_issues)} tone={trend.new_issues > 0 ? 'bad' : 'same'} />
            <Figure label="Fixed issues" value={trend.fixed_issues.toLocaleString('en')} tone={trend.fixed_issues > 0 ? 'good' : 'same'} />
            <Figure label="Health score" value={health == null ? 'n/a' : signed(health)} tone={health == null || health === 0 ? 'same' : health > 0 ? 'good' : 'bad'} />
          </dl>
          {changes.length === 0 ? (
            <p className="text-sm text-muted">Every check affects the same number of pages as before.</p>
          ) : (
            <ul className="divide-y divide-line" aria-label="Changes per check">
              {changes.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
                  <SeverityBadge severity={c.severity} />
                  <span className="min-w-0 flex-1 text-ink">{c.title}</span>
                  <span className="text-muted tabular-nums">
                    {c.before} → {c.after}
                  </span>
                  <span className={cn('w-12 text-right font-semibold tabular-nums', c.delta > 0 ? 'text-danger' : 'text-success-ink')}>{signed(c.delta)}</span>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      )}
    </Card>
  );
}
