import { File, FileText, Film, Image, Music, PenTool, Type, type LucideIcon } from 'lucide-react';
import type { AssetKind } from '@/lib/api/types';

export const KINDS: { kind: AssetKind; label: string; one: string; icon: LucideIcon }[] = [
  { kind: 'image', label: 'Images', one: 'Image', icon: Image },
  { kind: 'vector', label: 'Vectors', one: 'SVG', icon: PenTool },
  { kind: 'audio', label: 'Audio', one: 'Audio', icon: Music },
  { kind: 'video', label: 'Video', one: 'Video', icon: Film },
  { kind: 'document', label: 'Documents', one: 'Document', icon: FileText },
  { kind: 'font', label: 'Fonts', one: 'Font', icon: Type },
  { kind: 'other', label: 'Other', one: 'File', icon: File },
];

export function kindInfo(kind: AssetKind) {
  return KINDS.find((k) => k.kind === kind) ?? KINDS[KINDS.length - 1];
}

/** 1536 → "1.5 KB" (binary units, as the server counts them). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return `${v >= 10 ? Math.round(v) : v.toFixed(1).replace(/\.0$/, '')} ${units[i]}`;
}

/** The absolute form of a signed file path, for copying and opening in a new tab. */
export function absoluteUrl(path: string): string {
  const origin = typeof window !== 'undefined' && window.location?.origin && window.location.origin !== 'null' ? window.location.origin : 'http://localhost';
  return new URL(path, origin).toString();
}
