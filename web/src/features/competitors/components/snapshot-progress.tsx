import { Alert } from '@/components/ui/alert';
import type { Competitor } from '@/lib/api/types';
import { isSnapshotActive, progressSentence, snapshotPercent, SNAPSHOT_STATUS_LABELS } from '../lib/snapshot-status';

/** The running snapshot's progress, or why the latest one failed. Announced politely as it moves. */
export function SnapshotProgress({ competitor: c }: { competitor: Competitor }) {
  if (isSnapshotActive(c.snapshot_status)) {
    const pct = snapshotPercent(c.snapshot_progress);
    return (
      <div className="flex flex-col gap-2" data-testid="snapshot-progress">
        <div className="flex items-baseline justify-between gap-3 text-sm">
          <span className="font-medium text-ink">{SNAPSHOT_STATUS_LABELS[c.snapshot_status ?? 'queued']}</span>
          <span className="tabular-nums text-muted">{pct}%</span>
        </div>
        <div
          role="progressbar"
          aria-label="Snapshot progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct}
          className="h-2 overflow-hidden rounded-full bg-mist ring-1 ring-line ring-inset"
        >
          <div className="h-full rounded-full bg-primary transition-[width] duration-500" style={{ width: `${pct}%` }} />
        </div>
        <p className="truncate text-xs text-muted" aria-live="polite">
          {progressSentence(c.snapshot_progress)}
        </p>
      </div>
    );
  }
  if (c.snapshot_status === 'failed' || c.snapshot_error) {
    return <Alert tone={c.snapshot_status === 'failed' ? 'danger' : 'warning'}>{c.snapshot_error ?? 'The latest snapshot failed.'}</Alert>;
  }
  return null;
}
