import { CircleAlert, CircleCheck, X } from 'lucide-react';
import { Spinner } from '@/components/ui/spinner';

export type UploadItem = {
  key: string;
  name: string;
  size: number;
  /** 0..1 */
  progress: number;
  status: 'uploading' | 'done' | 'error';
  error?: string;
};

/** One row per file being uploaded: a progress bar, then done or what went wrong. */
export function UploadQueue({ items, onDismiss }: { items: UploadItem[]; onDismiss: (key: string) => void }) {
  if (items.length === 0) return null;
  return (
    <section aria-label="Uploads" className="mb-5 rounded-[var(--radius-card)] bg-white shadow-[var(--shadow-card)]">
      <ul className="divide-y divide-line">
        {items.map((item) => (
          <li key={item.key} className="flex items-center gap-3 px-4 py-3">
            <span className="shrink-0">
              {item.status === 'uploading' && <Spinner size="sm" label="" />}
              {item.status === 'done' && <CircleCheck className="size-5 text-success" strokeWidth={2} aria-hidden="true" />}
              {item.status === 'error' && <CircleAlert className="size-5 text-danger" strokeWidth={2} aria-hidden="true" />}
            </span>
            <div className="min-w-0 flex-1">
              <div className="flex items-baseline justify-between gap-3">
                <p className="truncate text-sm font-medium text-ink">{item.name}</p>
                <span className="shrink-0 text-xs text-muted tabular-nums">
                  {item.status === 'uploading' ? `${Math.round(item.progress * 100)}%` : item.status === 'done' ? 'Uploaded' : 'Failed'}
                </span>
              </div>
              {item.status === 'error' ? (
                <p className="mt-0.5 text-sm text-danger" role="alert">
                  {item.error}
                </p>
              ) : (
                <div
                  className="mt-1.5 h-1.5 overflow-hidden rounded-full bg-line"
                  role="progressbar"
                  aria-label={`Uploading ${item.name}`}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={Math.round(item.progress * 100)}
                >
                  <div className="h-full rounded-full bg-primary transition-[width] duration-200" style={{ width: `${Math.round(item.progress * 100)}%` }} />
                </div>
              )}
            </div>
            {item.status !== 'uploading' && (
              <button
                type="button"
                onClick={() => onDismiss(item.key)}
                className="inline-flex size-9 shrink-0 items-center justify-center rounded-[var(--radius-button)] text-muted hover:bg-mist hover:text-ink"
                aria-label={`Dismiss ${item.name}`}
              >
                <X className="size-4" strokeWidth={2} aria-hidden="true" />
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
