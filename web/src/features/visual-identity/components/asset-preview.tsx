import { FileAudio, ImageOff } from 'lucide-react';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import type { Asset } from '@/lib/api/types';
import { useAsset } from '../api/get-asset';

/** An image asset's picture (its thumbnail when there is one), sized by the parent. */
export function AssetImage({ asset, className, alt }: { asset: Asset; className?: string; alt?: string }) {
  if (asset.kind === 'audio') {
    return (
      <div className={cn('flex items-center justify-center bg-mist text-muted', className)}>
        <FileAudio className="size-6" aria-hidden="true" />
        <span className="sr-only">{alt ?? asset.name}</span>
      </div>
    );
  }
  return <img src={asset.thumbnail_url ?? asset.url} alt={alt ?? asset.name} loading="lazy" className={cn('object-contain', className)} />;
}

/** The asset `id` of the library, loaded and shown as a picture, with loading and missing states. */
export function AssetById({ id, className, alt }: { id: string; className?: string; alt?: string }) {
  const asset = useAsset(id);
  if (asset.isPending) return <Skeleton className={className} />;
  if (asset.isError)
    return (
      <div className={cn('flex flex-col items-center justify-center gap-1 bg-mist p-2 text-center text-xs text-muted', className)} role="img" aria-label="File not found in the library">
        <ImageOff className="size-5" aria-hidden="true" />
        Not found
      </div>
    );
  return <AssetImage asset={asset.data} className={className} alt={alt} />;
}

/** An audio asset with the browser's player. */
export function AudioById({ id, label }: { id: string; label: string }) {
  const asset = useAsset(id);
  if (asset.isPending) return <Skeleton className="h-10 w-full" />;
  if (asset.isError) return <p className="text-sm text-muted">The audio file is no longer in the library.</p>;
  return (
    <audio controls preload="none" src={asset.data.url} className="w-full" aria-label={label}>
      <a href={asset.data.url}>Download {asset.data.name}</a>
    </audio>
  );
}
