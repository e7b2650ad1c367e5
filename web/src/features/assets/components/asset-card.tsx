import { Badge } from '@/components/ui/badge';
import type { Asset } from '@/lib/api/types';
import { AssetPreview } from './asset-preview';
import { formatBytes, kindInfo } from './kinds';

export function AssetCard({ asset, onOpen }: { asset: Asset; onOpen: (a: Asset) => void }) {
  const { one } = kindInfo(asset.kind);
  const dims = asset.width && asset.height ? `${asset.width}×${asset.height}` : null;
  return (
    <li className="group relative flex flex-col overflow-hidden rounded-[var(--radius-card)] bg-white shadow-[var(--shadow-card)] transition-shadow focus-within:ring-2 focus-within:ring-primary hover:shadow-[var(--shadow-pop)]">
      <AssetPreview asset={asset} />
      <div className="flex min-w-0 flex-col gap-1.5 border-t border-line px-3 py-2.5">
        <button
          type="button"
          onClick={() => onOpen(asset)}
          className="truncate text-left text-sm font-medium text-ink outline-none after:absolute after:inset-0 after:content-[''] hover:text-primary"
          title={asset.name}
        >
          {asset.name}
        </button>
        <div className="flex items-center gap-2 text-xs whitespace-nowrap text-muted">
          <Badge tone={asset.kind === 'vector' ? 'coral' : 'neutral'}>{one}</Badge>
          <span>{formatBytes(asset.size_bytes)}</span>
          {dims && <span className="hidden truncate xl:inline">{dims}</span>}
          {asset.version > 1 && <span title="Current version">v{asset.version}</span>}
        </div>
      </div>
    </li>
  );
}
