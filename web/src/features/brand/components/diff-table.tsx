import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { Change, ChangeKind } from '@/lib/api/types';

const KINDS: Record<ChangeKind, { label: string; tone: BadgeTone }> = {
  added: { label: 'Added', tone: 'success' },
  removed: { label: 'Removed', tone: 'danger' },
  changed: { label: 'Changed', tone: 'warning' },
};

/** A value of the profile as a person reads it. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(formatValue).join(', ');
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== '' && v !== null && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => `${k.replace(/_/g, ' ')}: ${formatValue(v)}`);
    return parts.length === 0 ? '—' : parts.join('; ');
  }
  return String(value);
}

function Value({ value, strike }: { value: unknown; strike?: boolean }) {
  const text = formatValue(value);
  if (text === '—') return <span className="text-muted">—</span>;
  return <span className={strike ? 'whitespace-pre-wrap text-slate line-through decoration-danger/40' : 'whitespace-pre-wrap text-ink'}>{text}</span>;
}

/**
 * Field-by-field changes between two versions, one row per field, in the order of the profile. The old
 * value sits above the new one, struck through, so long texts stay readable in a narrow column.
 */
export function DiffTable({ changes, caption }: { changes: Change[]; caption: string }) {
  if (changes.length === 0) {
    return <p className="px-5 py-8 text-center text-sm text-muted sm:px-6">No differences: both sides say the same thing.</p>;
  }
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-line bg-mist/60 text-xs tracking-wide text-muted uppercase max-sm:sr-only">
        <tr>
          <th scope="col" className="w-[30%] px-4 py-3 font-semibold sm:pl-6">
            Field
          </th>
          <th scope="col" className="w-28 px-4 py-3 font-semibold">
            Change
          </th>
          <th scope="col" className="px-4 py-3 font-semibold sm:pr-6">
            Before → after
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {changes.map((c) => {
          const kind = KINDS[c.kind];
          return (
            <tr key={`${c.path}-${c.kind}`} className="align-top max-sm:flex max-sm:flex-col max-sm:gap-1.5 max-sm:px-5 max-sm:py-3">
              <th scope="row" className="px-4 py-3 font-medium text-ink max-sm:p-0 sm:pl-6">
                {c.label}
              </th>
              <td className="px-4 py-3 max-sm:p-0">
                <Badge tone={kind.tone}>{kind.label}</Badge>
              </td>
              <td className="px-4 py-3 max-sm:p-0 sm:pr-6">
                <dl className="flex flex-col gap-1">
                  {c.kind !== 'added' && (
                    <div className="flex gap-2">
                      <dt className="sr-only">Before</dt>
                      <dd>
                        <Value value={c.before} strike />
                      </dd>
                    </div>
                  )}
                  {c.kind !== 'removed' && (
                    <div className="flex gap-2">
                      <dt className="sr-only">After</dt>
                      <dd>
                        <Value value={c.after} />
                      </dd>
                    </div>
                  )}
                </dl>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
