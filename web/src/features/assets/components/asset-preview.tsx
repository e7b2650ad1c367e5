import type { Asset } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { kindInfo } from './kinds';

/** The asset as a picture, a player or an icon, depending on what it is. */
export function AssetPreview({ asset, size = 'card' }: { asset: Asset; size?: 'card' | 'large' }) {
  const { icon: Icon, one } = kindInfo(asset.kind);
  const frame = cn('flex w-full items-center justify-center overflow-hidden bg-[repeating-conic-gradient(#f1f3f7_0_25%,#fff_0_50%)] bg-[length:16px_16px]', size === 'card' ? 'aspect-[4/3]' : 'min-h-48 max-h-[50vh] rounded-[var(--radius-button)] border border-line');
  if (asset.kind === 'audio') {
    return (
      <div className={cn(frame, 'flex-col gap-3 bg-none bg-mist p-3')}>
        <Icon className="size-8 text-primary" strokeWidth={1.75} aria-hidden="true" />
        <audio controls preload="none" src={asset.url} className="relative z-10 w-full max-w-sm" aria-label={`Play ${asset.name}`} />
      </div>
    );
  }
  if (asset.kind === 'video' && size === 'large') {
    return (
      <div className={frame}>
        <video controls preload="metadata" src={asset.url} className="max-h-[50vh] w-full" aria-label={`Play ${asset.name}`} />
      </div>
    );
  }
  const picture = size === 'large' && (asset.kind === 'image' || asset.kind === 'vector') ? asset.url : asset.thumbnail_url;
  if (picture) {
    return (
      <div className={frame}>
        <img src={picture} alt="" loading="lazy" className={cn('object-contain', size === 'card' ? 'size-full p-2' : 'max-h-[50vh] max-w-full')} />
      </div>
    );
  }
  return (
    <div className={cn(frame, 'flex-col gap-2 bg-none bg-mist text-muted')}>
      <Icon className="size-10" strokeWidth={1.5} aria-hidden="true" />
      <span className="text-xs font-medium tracking-wide uppercase">{asset.thumbnail_status === 'pending' ? 'Preparing preview…' : one}</span>
    </div>
  );
}
