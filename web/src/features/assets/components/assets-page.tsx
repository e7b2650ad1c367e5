import { ImageUp, Search, Upload } from 'lucide-react';
import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { Asset, AssetKind, TypeStats } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { useAssetTypes } from '../api/get-asset-types';
import { useAssets } from '../api/get-assets';
import { useSearchAssets } from '../api/search-assets';
import { useUploadAsset } from '../api/upload-asset';
import { AssetCard } from './asset-card';
import { AssetDetailDialog } from './asset-detail-dialog';
import { KINDS, formatBytes } from './kinds';
import { UploadQueue, type UploadItem } from './upload-queue';
import { useDebounced } from '@/lib/use-debounced';

/** Uploads run a few at a time so that one big video does not hold up the logos behind it. */
const PARALLEL_UPLOADS = 3;

function KindFilter({ stats, kind, onChange }: { stats?: TypeStats; kind: AssetKind | null; onChange: (k: AssetKind | null) => void }) {
  const count = (k: AssetKind) => stats?.items.find((i) => i.kind === k)?.count ?? 0;
  const options: { value: AssetKind | null; label: string; n?: number }[] = [
    { value: null, label: 'All', n: stats?.total_count },
    ...KINDS.filter((k) => count(k.kind) > 0 || k.kind === kind).map((k) => ({ value: k.kind, label: k.label, n: count(k.kind) })),
  ];
  return (
    <div role="radiogroup" aria-label="Filter by type" className="flex flex-wrap gap-2">
      {options.map((o) => {
        const active = o.value === kind;
        return (
          <button
            key={o.value ?? 'all'}
            type="button"
            role="radio"
            aria-checked={active}
            onClick={() => onChange(o.value)}
            className={cn(
              'inline-flex min-h-9 items-center gap-1.5 rounded-full border px-3 text-sm font-medium transition-colors max-md:min-h-11',
              active ? 'border-primary bg-primary text-white' : 'border-line bg-white text-slate hover:border-primary/40 hover:bg-primary-soft',
            )}
          >
            {o.label}
            {o.n !== undefined && <span className={cn('tabular-nums', active ? 'text-white/80' : 'text-muted')}>{o.n}</span>}
          </button>
        );
      })}
    </div>
  );
}

function GridSkeleton() {
  return (
    <div role="status" aria-label="Loading assets" className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5">
      {Array.from({ length: 10 }, (_, i) => (
        <div key={i} className="overflow-hidden rounded-[var(--radius-card)] bg-white shadow-[var(--shadow-card)]">
          <Skeleton className="aspect-[4/3] rounded-none" />
          <div className="flex flex-col gap-2 p-3">
            <Skeleton className="h-3.5 w-2/3" />
            <Skeleton className="h-3 w-1/3" />
          </div>
        </div>
      ))}
      <span className="sr-only">Loading assets</span>
    </div>
  );
}

export function AssetsPage({ canWrite }: { canWrite: boolean }) {
  const [kind, setKind] = useState<AssetKind | null>(null);
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 250);
  const searching = query.length > 0;
  const list = useAssets({ kind: kind ?? undefined }, !searching);
  const search = useSearchAssets(query, kind ?? undefined);
  const types = useAssetTypes();
  const upload = useUploadAsset();
  const [queue, setQueue] = useState<UploadItem[]>([]);
  const [open, setOpen] = useState<Asset | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const limit = types.data?.upload_limit_bytes;

  const patch = useCallback((key: string, p: Partial<UploadItem>) => setQueue((items) => items.map((i) => (i.key === key ? { ...i, ...p } : i))), []);

  const startUploads = useCallback(
    (files: File[]) => {
      if (!canWrite || files.length === 0) return;
      const batch = files.map((file, i) => ({ file, key: `${Date.now()}-${i}-${file.name}` }));
      const items: UploadItem[] = batch.map(({ file, key }) => {
        const tooBig = limit !== undefined && file.size > limit;
        return {
          key,
          name: file.name,
          size: file.size,
          progress: 0,
          status: tooBig ? 'error' : 'uploading',
          error: tooBig ? `This file is ${formatBytes(file.size)}; the limit is ${formatBytes(limit)}.` : undefined,
        };
      });
      setQueue((prev) => [...items, ...prev.filter((p) => p.status === 'uploading')]);
      const pending = batch.filter((_, i) => items[i].status === 'uploading');
      const next = async (): Promise<void> => {
        const job = pending.shift();
        if (!job) return;
        try {
          await upload.mutateAsync({ file: job.file, onProgress: (f) => patch(job.key, { progress: f }) });
          patch(job.key, { status: 'done', progress: 1 });
        } catch (e) {
          patch(job.key, { status: 'error', error: errorMessage(e) });
        }
        return next();
      };
      void Promise.all(Array.from({ length: Math.min(PARALLEL_UPLOADS, pending.length) }, next));
    },
    [canWrite, limit, patch, upload],
  );

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    startUploads(Array.from(e.dataTransfer.files));
  }

  const items = useMemo(() => (searching ? (search.data?.items ?? []) : (list.data?.pages.flatMap((p) => p.items) ?? [])), [searching, search.data, list.data]);
  const loading = searching ? search.isPending : list.isPending;
  const error = searching ? search.error : list.error;

  return (
    <div
      onDragOver={(e) => {
        if (!canWrite || !e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
      className="relative"
    >
      <PageHeader
        title="Assets"
        description="Logos, icons, photography, audio, video and documents in one library. Files are typed from their contents; SVGs are cleaned of scripts and outside links."
        actions={
          canWrite && (
            <>
              <input
                ref={fileInput}
                type="file"
                multiple
                className="sr-only"
                tabIndex={-1}
                aria-hidden="true"
                onChange={(e) => {
                  startUploads(Array.from(e.target.files ?? []));
                  e.target.value = '';
                }}
              />
              <Button onClick={() => fileInput.current?.click()}>
                <Upload strokeWidth={2} aria-hidden="true" />
                Upload files
              </Button>
            </>
          )
        }
      />

      <UploadQueue items={queue} onDismiss={(key) => setQueue((q) => q.filter((i) => i.key !== key))} />

      <div className="mb-5 flex flex-col gap-3">
        <div className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
          <div className="relative w-full lg:max-w-md">
            <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted" strokeWidth={2} aria-hidden="true" />
            <Input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Search names, tags, descriptions, metadata" aria-label="Search assets" className="pl-9" />
          </div>
          {types.data && (
            <p className="text-sm text-muted">
              {types.data.total_count} {types.data.total_count === 1 ? 'file' : 'files'}, {formatBytes(types.data.total_bytes)}
            </p>
          )}
        </div>
        <KindFilter stats={types.data} kind={kind} onChange={setKind} />
      </div>

      {loading ? (
        <GridSkeleton />
      ) : error ? (
        <ErrorState message={errorMessage(error)} onRetry={() => (searching ? search.refetch() : list.refetch())} />
      ) : items.length === 0 ? (
        searching ? (
          <EmptyState icon={Search} title={`Nothing matches “${query}”`}>
            Search looks at names, tags, descriptions and metadata values, matching the start of each word.
          </EmptyState>
        ) : (
          <div className={cn('rounded-[var(--radius-card)] border-2 border-dashed border-line bg-white', dragging && 'border-primary bg-primary-soft')}>
            <EmptyState
              icon={ImageUp}
              title={kind ? 'No files of this type yet' : 'Your asset library is empty'}
              action={
                canWrite ? (
                  <Button variant="secondary" onClick={() => fileInput.current?.click()}>
                    Choose files
                  </Button>
                ) : undefined
              }
            >
              {canWrite
                ? `Drop logos, photos, audio or documents here, or choose files. Up to ${limit ? formatBytes(limit) : '50 MB'} each.`
                : 'Files your team uploads appear here.'}
            </EmptyState>
          </div>
        )
      ) : (
        <>
          <ul aria-label={searching ? 'Search results' : 'Assets'} className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5">
            {items.map((a) => (
              <AssetCard key={a.id} asset={a} onOpen={setOpen} />
            ))}
          </ul>
          {!searching && list.hasNextPage && (
            <div className="mt-6 flex justify-center">
              <Button variant="secondary" loading={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
                Load more
              </Button>
            </div>
          )}
        </>
      )}

      {dragging && (
        <div className="pointer-events-none fixed inset-0 z-30 flex items-center justify-center bg-primary/10 backdrop-blur-[1px]">
          <div className="rounded-[var(--radius-card)] border-2 border-dashed border-primary bg-white px-8 py-6 text-center shadow-[var(--shadow-pop)]">
            <ImageUp className="mx-auto mb-2 size-8 text-primary" strokeWidth={1.75} aria-hidden="true" />
            <p className="font-heading text-base font-semibold text-ink">Drop to upload</p>
          </div>
        </div>
      )}

      {open && <AssetDetailDialog asset={open} canWrite={canWrite} onClose={() => setOpen(null)} />}
    </div>
  );
}
