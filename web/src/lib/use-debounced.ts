import { useCallback, useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `ms`; `flush` takes the current value at once (a
 * button that should not wait for the pause).
 */
export function useDebouncedWithFlush<T>(value: T, ms: number): [T, () => void] {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  const flush = useCallback(() => setCurrent(value), [value]);
  return [current, flush];
}

/** `value` once it has stopped changing for `ms` milliseconds. */
export function useDebounced<T>(value: T, ms: number): T {
  return useDebouncedWithFlush(value, ms)[0];
}
