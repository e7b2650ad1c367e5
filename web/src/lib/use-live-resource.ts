import { useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isProblem } from '@/lib/api/problem';
import type { StreamEnd } from '@/lib/event-stream';

/** How a page learns about progress: the event stream, or polling when the stream is not available. */
export type LiveMode = 'connecting' | 'live' | 'polling' | 'finished';

/** Where a live resource comes from. Must be a module-level constant: a new one reopens the stream. */
export type LiveSource<T> = {
  /** Opens the resource's event stream (usually through `streamEvents`). */
  stream: (id: string, onValue: (value: T, final: boolean) => void, signal: AbortSignal) => Promise<StreamEnd>;
  /** The key under which the resource's query caches it; every streamed value replaces the cached one. */
  queryKey: (id: string) => QueryKey;
  /** Runs when the stream delivers the final value. */
  onFinal?: (queryClient: QueryClient) => void;
};

/**
 * Keeps the cached resource `id` up to date from its event stream. The mode turns to 'polling' when
 * the stream cannot be opened or breaks off before its final event, so the caller's query refetches
 * on an interval until the resource finishes.
 */
export function useLiveResource<T>(id: string, source: LiveSource<T>): LiveMode {
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<LiveMode>('connecting');

  useEffect(() => {
    const ctrl = new AbortController();
    let active = true;
    source
      .stream(
        id,
        (value, final) => {
          if (!active) return;
          queryClient.setQueryData(source.queryKey(id), value);
          setMode(final ? 'finished' : 'live');
          if (final) source.onFinal?.(queryClient);
        },
        ctrl.signal,
      )
      .then((end) => {
        if (active && end === 'ended') setMode('polling');
      })
      .catch((e: unknown) => {
        if (!active) return;
        // A resource that does not exist will not appear by polling; the query shows the error.
        setMode(isProblem(e, 'not_found') ? 'finished' : 'polling');
      });
    return () => {
      active = false;
      ctrl.abort();
    };
  }, [id, source, queryClient]);

  return mode;
}
