import { clsx, type ClassValue } from 'clsx';
import { extendTailwindMerge } from 'tailwind-merge';

const merge = extendTailwindMerge({
  extend: { theme: { color: ['primary', 'primary-hover', 'primary-active', 'primary-soft', 'coral', 'coral-soft', 'coral-ink', 'slate', 'ink', 'muted', 'line', 'mist', 'electric', 'success', 'success-ink', 'success-soft', 'danger', 'danger-hover', 'danger-soft', 'warning-ink', 'warning-soft'] } },
});

/** Join class names; later Tailwind utilities win over earlier conflicting ones (`py-10` + `py-4` → `py-4`). */
export function cn(...inputs: ClassValue[]): string {
  return merge(clsx(inputs));
}
