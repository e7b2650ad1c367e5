import { GraduationCap, MessageSquareQuote } from 'lucide-react';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { AgentStats } from '@/lib/api/types';
import { useFeedbackReport } from '@/features/agents/api/get-feedback-report';
import { AGENT_LABELS } from '@/features/agents/lib/channels';

const KINDS: { key: 'approved' | 'edited' | 'rejected' | 'regenerated'; label: string; colour: string }[] = [
  { key: 'approved', label: 'Approved', colour: 'bg-success' },
  { key: 'edited', label: 'Edited', colour: 'bg-primary' },
  { key: 'regenerated', label: 'Regenerated', colour: 'bg-coral' },
  { key: 'rejected', label: 'Rejected', colour: 'bg-danger' },
];

const total = (a: AgentStats) => a.approved + a.edited + a.rejected + a.regenerated;

export function LearningPage({ brandId }: { brandId: string }) {
  const report = useFeedbackReport(brandId);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h2 className="text-xl font-semibold">Learning</h2>
        <p className="mt-1 max-w-2xl text-sm text-muted">How reviewers received each agent's drafts for this brand, and what the agents changed because of it.</p>
      </div>
      {report.isPending ? (
        <Card>
          <SkeletonRows rows={4} label="Loading the feedback report" />
        </Card>
      ) : report.isError ? (
        <Card>
          <ErrorState message={errorMessage(report.error)} onRetry={() => report.refetch()} />
        </Card>
      ) : report.data.agents.every((a) => total(a) === 0) && report.data.learned.length === 0 && report.data.recent_notes.length === 0 ? (
        <Card>
          <EmptyState
            icon={GraduationCap}
            title="Nothing learned yet"
            action={
              <Link to="/inbox" className="inline-flex min-h-11 items-center rounded-[var(--radius-button)] bg-primary px-4 text-sm font-medium text-white hover:bg-primary-hover">
                Review drafts in the inbox
              </Link>
            }
          >
            This report fills as your team reviews drafts in the inbox. Approvals and rejections set each agent's approval rate; when an editor deletes the same phrase from drafts again and again, the agents stop using
            it; the reasons given for rejections and regenerations show here too.
          </EmptyState>
        </Card>
      ) : (
        <>
          <Card>
            <CardHeader>
              <CardTitle>Agents</CardTitle>
              <CardDescription>Approval rate counts approvals out of approvals and rejections.</CardDescription>
            </CardHeader>
            <CardContent>
              <ul className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-label="Legend">
                {KINDS.map((k) => (
                  <li key={k.key} className="flex items-center gap-1.5">
                    <span className={`size-2.5 rounded-full ${k.colour}`} aria-hidden="true" />
                    {k.label}
                  </li>
                ))}
              </ul>
              <ul className="flex flex-col gap-5" aria-label="Agents">
                {report.data.agents.map((a) => (
                  <AgentRow key={a.agent} stats={a} />
                ))}
              </ul>
            </CardContent>
          </Card>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card>
              <CardHeader>
                <CardTitle>Phrases the agents now avoid</CardTitle>
                <CardDescription>Learned from edits: words and phrases editors kept deleting from this brand's drafts.</CardDescription>
              </CardHeader>
              <CardContent>
                {report.data.learned.length === 0 ? (
                  <p className="text-sm text-muted">None yet. When editors delete the same phrase from several drafts, it lands here.</p>
                ) : (
                  <ul className="flex flex-wrap gap-2" aria-label="Avoided phrases">
                    {report.data.learned.map((p) => (
                      <li key={p.phrase}>
                        <Badge tone="neutral" className="py-1 text-sm">
                          <span className="line-through decoration-danger/60">{p.phrase}</span>
                          <span className="text-muted tabular-nums" aria-label={`deleted ${p.deletions} times`}>
                            ×{p.deletions}
                          </span>
                        </Badge>
                      </li>
                    ))}
                  </ul>
                )}
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>Recent notes</CardTitle>
                <CardDescription>The latest reasons reviewers gave for rejecting or regenerating a draft.</CardDescription>
              </CardHeader>
              <CardContent>
                {report.data.recent_notes.length === 0 ? (
                  <p className="text-sm text-muted">No notes yet.</p>
                ) : (
                  <ul className="flex flex-col gap-3">
                    {report.data.recent_notes.map((n, i) => (
                      <li key={i} className="flex gap-2 text-sm text-ink">
                        <MessageSquareQuote className="mt-0.5 size-4 shrink-0 text-muted" aria-hidden="true" />
                        <span>{n}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </CardContent>
            </Card>
          </div>
        </>
      )}
    </div>
  );
}

function AgentRow({ stats }: { stats: AgentStats }) {
  const n = total(stats);
  const label = AGENT_LABELS[stats.agent] ?? stats.agent;
  return (
    <li className="grid gap-2 sm:grid-cols-[7rem_minmax(0,1fr)_7rem] sm:items-center sm:gap-4">
      <span className="font-medium text-ink">{label}</span>
      <div className="flex flex-col gap-1">
        {n === 0 ? (
          <div className="h-3 rounded-full bg-mist ring-1 ring-line ring-inset" aria-hidden="true" />
        ) : (
          <div className="flex h-3 overflow-hidden rounded-full bg-mist" aria-hidden="true">
            {KINDS.map((k) => (stats[k.key] > 0 ? <span key={k.key} className={k.colour} style={{ width: `${(stats[k.key] / n) * 100}%` }} /> : null))}
          </div>
        )}
        <p className="text-xs text-muted tabular-nums">{n === 0 ? 'No reviews yet' : KINDS.map((k) => `${stats[k.key]} ${k.label.toLowerCase()}`).join(' · ')}</p>
      </div>
      <span className="text-sm sm:text-right">
        {stats.approval_rate == null ? (
          <span className="text-muted">No decisions</span>
        ) : (
          <>
            <span className="text-lg font-semibold text-ink tabular-nums">{stats.approval_rate}%</span> <span className="text-xs text-muted">approved</span>
          </>
        )}
      </span>
    </li>
  );
}
