import { useId, useRef, useState } from 'react';
import { ImagePlus, Upload } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { Asset, AssetKind } from '@/lib/api/types';
import { useAssets } from '../api/get-assets';
import { useUploadAsset } from '../api/upload-asset';
import { AssetImage } from './asset-preview';

const ACCEPT: Record<AssetKind, string> = {
  image: 'image/png,image/jpeg,image/webp,image/gif',
  vector: 'image/svg+xml,.svg',
  audio: 'audio/*',
  video: 'video/*',
  document: '.pdf',
  font: '.woff,.woff2,.ttf,.otf',
  other: '*/*',
};

/** One kind of the library as a grid to pick from; empty, loading and error states included. */
function KindGrid({ kind, onPick }: { kind: AssetKind; onPick: (a: Asset) => void }) {
  const assets = useAssets(kind);
  if (assets.isPending)
    return (
      <div className="grid grid-cols-3 gap-3 sm:grid-cols-4" role="status" aria-label="Loading the library">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="aspect-square" />
        ))}
      </div>
    );
  if (assets.isError) return <ErrorState message={errorMessage(assets.error)} onRetry={() => assets.refetch()} />;
  if (assets.data.items.length === 0) return null;
  return (
    <ul className="grid grid-cols-3 gap-3 sm:grid-cols-4">
      {assets.data.items.map((a) => (
        <li key={a.id}>
          <button
            type="button"
            onClick={() => onPick(a)}
            className="group flex w-full flex-col gap-1 rounded-[var(--radius-button)] border border-line p-2 text-left hover:border-primary hover:bg-primary-soft"
          >
            {a.kind === 'audio' ? (
              <AssetImage asset={a} className="aspect-square w-full rounded" />
            ) : (
              <AssetImage asset={a} className="aspect-square w-full rounded bg-[repeating-conic-gradient(#f4f7f9_0%_25%,#fff_0%_50%)] bg-[length:16px_16px]" alt="" />
            )}
            <span className="truncate text-xs text-ink">{a.name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * Picks an asset of the given kinds from the library, or uploads a new one (which is then picked).
 * `brandId` is stored on uploads so the library can filter by brand.
 */
export function AssetPicker({
  open,
  onOpenChange,
  kinds,
  title,
  description,
  brandId,
  tags,
  onPick,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  kinds: AssetKind[];
  title: string;
  description?: string;
  brandId: string;
  tags?: string[];
  onPick: (asset: Asset) => void;
}) {
  const upload = useUploadAsset();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);
  const pick = (a: Asset) => {
    onPick(a);
    onOpenChange(false);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setError(null);
        onOpenChange(o);
      }}
    >
      <DialogContent title={title} description={description} wide>
        <div className="flex flex-col gap-5">
          <div className="flex flex-wrap items-center gap-3">
            <input
              ref={input}
              id={inputId}
              type="file"
              className="sr-only"
              accept={kinds.map((k) => ACCEPT[k]).join(',')}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (!file) return;
                setError(null);
                upload.mutate({ file, brandId, tags }, { onSuccess: pick, onError: (err) => setError(errorMessage(err)) });
              }}
            />
            <Button variant="secondary" onClick={() => input.current?.click()} loading={upload.isPending}>
              <Upload aria-hidden="true" />
              Upload a file
            </Button>
            <span className="text-sm text-muted">or choose one from the library below.</span>
          </div>
          {error && <Alert tone="danger">{error}</Alert>}
          {kinds.map((kind) => (
            <KindGrid key={kind} kind={kind} onPick={pick} />
          ))}
          <LibraryEmptyHint kinds={kinds} />
        </div>
      </DialogContent>
    </Dialog>
  );
}

/** Shown under the grids; reads the same (cached) queries to know whether every grid is empty. */
function LibraryEmptyHint({ kinds }: { kinds: AssetKind[] }) {
  const first = useAssets(kinds[0]);
  const second = useAssets(kinds[1] ?? kinds[0], kinds.length > 1);
  const empty = first.data?.items.length === 0 && (kinds.length === 1 || second.data?.items.length === 0);
  if (!empty) return null;
  return (
    <EmptyState icon={ImagePlus} title="Nothing in the library yet">
      Upload a file to use it here; it is kept in the asset library for the whole team.
    </EmptyState>
  );
}
