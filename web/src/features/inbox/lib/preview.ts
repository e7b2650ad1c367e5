/** The first line of an item's content for the list, or null when there is none to show. */
export function previewLine(preview: string | null | undefined): string | null {
  if (!preview) return null;
  const line = preview
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find(Boolean);
  return line ? line.replace(/\s+/g, ' ') : null;
}
