/**
 * Token storage. The access token lives in memory (and is mirrored to localStorage with the refresh token so
 * that a reload keeps the user signed in). Components subscribe with `useTokens`.
 */
import { useSyncExternalStore } from 'react';

export type Tokens = { accessToken: string; refreshToken: string };

const ACCESS_KEY = 'brandium.access_token';
const REFRESH_KEY = 'brandium.refresh_token';

type Listener = () => void;
const listeners = new Set<Listener>();

function readStorage(): Tokens | null {
  try {
    const accessToken = localStorage.getItem(ACCESS_KEY);
    const refreshToken = localStorage.getItem(REFRESH_KEY);
    if (accessToken && refreshToken) return { accessToken, refreshToken };
  } catch {
    // Storage can be unavailable (private mode); memory still works for this tab.
  }
  return null;
}

let current: Tokens | null = readStorage();

function emit() {
  for (const l of listeners) l();
}

export const tokenStore = {
  get(): Tokens | null {
    return current;
  },
  accessToken(): string | null {
    return current?.accessToken ?? null;
  },
  refreshToken(): string | null {
    return current?.refreshToken ?? null;
  },
  set(tokens: Tokens) {
    current = tokens;
    try {
      localStorage.setItem(ACCESS_KEY, tokens.accessToken);
      localStorage.setItem(REFRESH_KEY, tokens.refreshToken);
    } catch {
      /* memory only */
    }
    emit();
  },
  clear() {
    const had = current !== null;
    current = null;
    try {
      localStorage.removeItem(ACCESS_KEY);
      localStorage.removeItem(REFRESH_KEY);
    } catch {
      /* memory only */
    }
    if (had) emit();
  },
  /** Re-read localStorage (tests, or another tab signing in). */
  reload() {
    current = readStorage();
    emit();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useTokens(): Tokens | null {
  return useSyncExternalStore(tokenStore.subscribe, tokenStore.get, tokenStore.get);
}

export function useIsSignedIn(): boolean {
  return useTokens() !== null;
}
