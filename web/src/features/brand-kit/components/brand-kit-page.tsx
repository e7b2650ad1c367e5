import { Share2 } from 'lucide-react';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { ProblemError } from '@/lib/api/problem';
import type { KitSource } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { useBrandKit } from '../api/get-brand-kit';
import { useExportBrandKit } from '../api/export-brand-kit';
import { ExportMenu } from './export-menu';
import { ShareDialog } from './share-dialog';
import { StyleGuide } from './style-guide';

function SourceToggle({ value, onChange }: { value: KitSource; onChange: (v: KitSource) => void }) {
  const options: { value: KitSource; label: string }[] = [
    { value: 'published', label: 'Published' },
    { value: 'draft', label: 'Draft' },
  ];
  return (
    <div role="radiogroup" aria-label="Show" className="inline-flex rounded-[var(--radius-button)] border border-line bg-white p-0.5">
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={value === o.value}
          onClick={() => onChange(o.value)}
          className={cn(
            'min-h-10 rounded-[4px] px-3.5 text-sm font-medium transition-colors',
            value === o.value ? 'bg-primary text-white' : 'text-slate hover:bg-primary-soft hover:text-ink',
          )}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

function Loading() {
  return (
    <div role="status" aria-label="Loading the brand kit" className="flex flex-col gap-6">
      <Skeleton className="h-80 w-full rounded-[var(--radius-card)]" />
      <Skeleton className="h-64 w-full rounded-[var(--radius-card)]" />
    </div>
  );
}

/** The brand kit page: the style guide with a toolbar to switch draft/published, export and share. */
export function BrandKitPage({ brandId, canShare }: { brandId: string; canShare: boolean }) {
  const [source, setSource] = useState<KitSource>('published');
  const kit = useBrandKit(brandId, source);
  const exporter = useExportBrandKit();
  const [shareOpen, setShareOpen] = useState(false);
  // Only the published view can tell that nothing is published: it falls back to the draft.
  const published = !kit.data?.draft_fallback;

  return (
    <>
      <div data-kit-toolbar>
        <PageHeader
          title="Brand kit"
          description="Your identity as one style guide: share it with partners, print it, or take its tokens into code."
          actions={
            <>
              <SourceToggle value={source} onChange={setSource} />
              <ExportMenu pending={exporter.isPending} onExport={(format) => exporter.mutate({ brandId, format, source })} />
              {canShare && (
                <Button onClick={() => setShareOpen(true)}>
                  <Share2 aria-hidden="true" />
                  Share
                </Button>
              )}
            </>
          }
        />
        {exporter.isError && (
          <Alert tone="danger" className="mb-4" onDismiss={() => exporter.reset()}>
            The export failed: {exporter.error instanceof ProblemError ? exporter.error.detail : 'try again.'}
          </Alert>
        )}
        {kit.data?.draft_fallback && (
          <Alert tone="info" className="mb-4" title="Nothing is published yet">
            This is the draft. Publish the brand to give your team, share links and AI agents a fixed version.
          </Alert>
        )}
      </div>
      {kit.isPending ? (
        <Loading />
      ) : kit.isError ? (
        <Card>
          <ErrorState message={kit.error instanceof ProblemError ? kit.error.detail : 'The brand kit could not be loaded.'} onRetry={() => kit.refetch()} />
        </Card>
      ) : (
        <StyleGuide kit={kit.data} />
      )}
      {canShare && <ShareDialog brandId={brandId} open={shareOpen} onOpenChange={setShareOpen} published={published} />}
    </>
  );
}
