import { LinkIcon } from 'lucide-react';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { Logo, LogoMark } from '@/components/ui/logo';
import { Skeleton } from '@/components/ui/skeleton';
import { ProblemError } from '@/lib/api/problem';
import { publicExportHref } from '../api/export-brand-kit';
import { usePublicKit } from '../api/get-public-kit';
import { ExportMenu } from './export-menu';
import { StyleGuide } from './style-guide';

function NotFound({ unpublished }: { unpublished: boolean }) {
  return (
    <Card className="mx-auto max-w-lg">
      <EmptyState icon={LinkIcon} title={unpublished ? 'This brand kit is not published yet' : 'This link does not work'}>
        {unpublished
          ? 'The team behind this brand has not published its kit yet. Ask them again once they have.'
          : 'The link is mistyped, or the team that shared it has revoked it. Ask them for a new one.'}
      </EmptyState>
    </Card>
  );
}

/** A brand kit opened through a share link: no account, the published version only. */
export function PublicKitPage({ token }: { token: string }) {
  const kit = usePublicKit(token);
  const notFound = kit.error instanceof ProblemError && kit.error.status === 404;
  return (
    <div className="min-h-dvh bg-mist">
      <header data-kit-toolbar className="sticky top-0 z-30 border-b border-line bg-white/95 backdrop-blur print:hidden">
        <div className="mx-auto flex min-h-14 w-full max-w-6xl items-center justify-between gap-3 px-4 py-2 sm:px-6">
          <div className="flex min-w-0 items-center gap-3">
            <Logo className="hidden shrink-0 sm:inline-flex" />
            <LogoMark className="size-8 shrink-0 sm:hidden" />
            <p className="text-sm leading-tight text-muted">Brand kit shared from Brandium</p>
          </div>
          {kit.data && <ExportMenu hrefFor={(format) => publicExportHref(token, format)} />}
        </div>
      </header>
      <main className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 sm:py-8">
        {kit.isPending ? (
          <div role="status" aria-label="Loading the brand kit" className="flex flex-col gap-6">
            <Skeleton className="h-80 w-full rounded-[var(--radius-card)]" />
            <Skeleton className="h-64 w-full rounded-[var(--radius-card)]" />
          </div>
        ) : notFound ? (
          <NotFound unpublished={kit.error instanceof ProblemError && kit.error.code === 'kit_not_published'} />
        ) : kit.isError ? (
          <Card>
            <ErrorState message="The brand kit could not be loaded." onRetry={() => kit.refetch()} />
          </Card>
        ) : (
          <StyleGuide kit={kit.data} />
        )}
      </main>
    </div>
  );
}
