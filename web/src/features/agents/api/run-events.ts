/** GET /api/v1/agent-runs/{id}/events: the run's progress as server-sent events (`progress`, then `done`). */
import type { Run } from '@/lib/api/types';
import { streamEvents, type StreamEnd } from '@/lib/event-stream';

export type RunStreamEnd = StreamEnd;

/** Streams the run's events into `onRun`; see `streamEvents` for how it ends and fails. */
export function streamRunEvents(id: string, onRun: (run: Run, final: boolean) => void, signal: AbortSignal): Promise<RunStreamEnd> {
  return streamEvents(`/api/v1/agent-runs/${encodeURIComponent(id)}/events`, onRun, signal);
}
