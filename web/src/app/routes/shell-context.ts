import { useOutletContext } from 'react-router';
import type { ShellContext } from '@/app/layout/app-shell';

export function useShell(): ShellContext {
  return useOutletContext<ShellContext>();
}
