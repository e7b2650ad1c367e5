import { LinkIcon } from 'lucide-react';
import { useState } from 'react';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { Logo, LogoMark } from '@/components/ui/logo';
import { Skeleton } from '@/components/ui/skeleton';
import { ProblemError } from '@/lib/api/problem';
import { absoluteTime } from '@/lib/format';
import { useTitle } from '@/lib/use-title';
import { usePublicPreview } from '../api/get-public-preview';
import { ChannelLabel, StateBadge } from './badges';
import { initialDevice } from './item-page';
import { DeviceToggle } from './preview/device-toggle';
import { DEFAULT_COLOUR, type Device } from './preview/preview-kit';
import { VariantCard } from './variant-card';

/** What someone outside the team sees through a preview link: the content, nothing else. */
export function PublicPreviewPage({ token }: { token: string }) {
  const preview = usePublicPreview(token);
  const [device, setDevice] = useState<Device>(initialDevice);
  const notFound = preview.error instanceof ProblemError && preview.error.status === 404;
  useTitle(preview.data ? `${preview.data.title} · ${preview.data.brand_name}` : 'Content preview');
  return (
    <div className="min-h-dvh bg-mist">
      <header className="sticky top-0 z-30 border-b border-line bg-white/95 backdrop-blur">
        <div className="mx-auto flex min-h-14 w-full max-w-6xl items-center gap-3 px-4 py-2 sm:px-6">
          <Logo className="hidden shrink-0 sm:inline-flex" />
          <LogoMark className="size-8 shrink-0 sm:hidden" />
          <p className="text-sm leading-tight text-muted">Content preview shared from Brandium</p>
        </div>
      </header>
      <main className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 sm:py-8">
        {preview.isPending ? (
          <div role="status" aria-label="Loading the preview" className="flex flex-col gap-6">
            <Skeleton className="h-10 w-2/3" />
            <div className="grid gap-6 lg:grid-cols-2">
              <Skeleton className="h-96 rounded-[var(--radius-card)]" />
              <Skeleton className="h-96 rounded-[var(--radius-card)]" />
            </div>
          </div>
        ) : notFound ? (
          <Card className="mx-auto max-w-lg">
            <EmptyState icon={LinkIcon} title="This preview link does not work">
              It is mistyped, or it has expired: preview links last 7 days. Ask the team that sent it for a new one.
            </EmptyState>
          </Card>
        ) : preview.isError ? (
          <Card>
            <ErrorState message="The preview could not be loaded." onRetry={() => preview.refetch()} />
          </Card>
        ) : (
          <div className="flex flex-col gap-6">
            <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
              <div className="min-w-0">
                <p className="text-sm font-medium text-primary">{preview.data.brand_name}</p>
                <h1 className="text-2xl font-semibold tracking-tight break-words sm:text-[1.75rem]">{preview.data.title}</h1>
                <div className="mt-2 flex flex-wrap items-center gap-2">
                  <ChannelLabel channel={preview.data.channel} />
                  <StateBadge state={preview.data.state} />
                  <span className="text-xs text-muted">Link works until {absoluteTime(preview.data.expires_at)}</span>
                </div>
              </div>
              <DeviceToggle value={device} onChange={setDevice} />
            </div>
            {preview.data.variants.length === 0 ? (
              <Card>
                <EmptyState title="Nothing to preview yet">The content is still being written. Open the link again in a minute.</EmptyState>
              </Card>
            ) : (
              <div className={preview.data.variants.length > 1 ? 'grid gap-6 lg:grid-cols-2' : 'mx-auto grid w-full max-w-2xl gap-6'}>
                {preview.data.variants.map((v) => (
                  <VariantCard
                    key={v.position}
                    channel={preview.data.channel}
                    variant={v}
                    state={preview.data.state}
                    chosen={false}
                    brand={{ name: preview.data.brand_name, colour: DEFAULT_COLOUR, links: [] }}
                    device={device}
                    outside
                  />
                ))}
              </div>
            )}
          </div>
        )}
      </main>
    </div>
  );
}
