import { CloudUpload, GitCompareArrows, History, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Select } from '@/components/ui/select';
import { SkeletonRows } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage, isProblem } from '@/lib/api/problem';
import type { Brand, RevisionSummary } from '@/lib/api/types';
import { usePermission } from '@/lib/auth/permissions';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useRevisionDiff } from '../api/get-revision-diff';
import { useRevisions } from '../api/get-revisions';
import { useRestoreRevision } from '../api/restore-revision';
import { BrandSection } from './brand-section';
import { DiffTable } from './diff-table';
import { PublishDialog } from './publish-dialog';

/** Published versions of the guidelines: timeline, field-by-field comparison and restore (FR-6.2.2, FR-6.2.3). */
export function RevisionsPage({ brandId }: { brandId: string }) {
  return <BrandSection brandId={brandId}>{(brand) => <Revisions brand={brand} />}</BrandSection>;
}

function Revisions({ brand }: { brand: Brand }) {
  const canApprove = usePermission('content_approve');
  const revisions = useRevisions(brand.id);
  const [publishing, setPublishing] = useState(false);
  const [restoring, setRestoring] = useState<RevisionSummary | null>(null);
  const [compare, setCompare] = useState<{ from: number | null; to: string }>({ from: null, to: 'draft' });
  const restore = useRestoreRevision(brand.id);
  const items = revisions.data?.pages.flatMap((p) => p.items) ?? [];
  // until someone picks, compare the newest version with the draft
  const from = compare.from ?? (items[0]?.version ?? null);

  return (
    <div>
      <PageHeader
        title="Revisions"
        description="Every published version of the guidelines, who published it and why. Restoring publishes an old version again; nothing is ever deleted."
        actions={
          canApprove && (
            <Button onClick={() => setPublishing(true)} disabled={!brand.has_unpublished_changes} title={brand.has_unpublished_changes ? undefined : 'Nothing changed since the last published version'}>
              <CloudUpload aria-hidden="true" />
              Publish draft
            </Button>
          )
        }
      />
      <PublishDialog brand={brand} open={publishing} onOpenChange={setPublishing} onPublished={() => setCompare({ from: null, to: 'draft' })} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <Card className="self-start">
          <CardHeader>
            <CardTitle>History</CardTitle>
            <CardDescription>{brand.has_unpublished_changes ? 'The draft has changes that are not published yet.' : 'The draft is what is published.'}</CardDescription>
          </CardHeader>
          {revisions.isPending ? (
            <SkeletonRows rows={3} label="Loading revisions" />
          ) : revisions.isError ? (
            <ErrorState message={errorMessage(revisions.error)} onRetry={() => revisions.refetch()} />
          ) : items.length === 0 ? (
            <EmptyState icon={History} title="Nothing published yet">
              Publish the draft to create version 1. Everyone in the organization is notified.
            </EmptyState>
          ) : (
            <CardContent>
              <ol className="relative flex flex-col gap-5 border-l-2 border-line pl-5" aria-label="Published versions, newest first">
                {items.map((r) => {
                  const current = r.version === brand.published_version;
                  return (
                    <li key={r.version} className="relative">
                      <span className={`absolute top-1.5 -left-[27px] size-3 rounded-full ring-4 ring-white ${current ? 'bg-coral' : 'bg-line'}`} aria-hidden="true" />
                      <div className="flex flex-wrap items-center gap-2">
                        <span className="font-heading font-semibold text-ink">Version {r.version}</span>
                        {current && <Badge tone="coral">Current</Badge>}
                        {r.restored_from != null && <Badge tone="primary">Restored from v{r.restored_from}</Badge>}
                      </div>
                      {r.message && <p className="mt-1 text-sm text-slate">{r.message}</p>}
                      <p className="mt-1 text-xs text-muted">
                        {r.author?.name ?? 'A former member'} · <time dateTime={r.created_at} title={absoluteTime(r.created_at)}>{relativeTime(r.created_at)}</time>
                      </p>
                      <div className="mt-2 flex flex-wrap gap-1">
                        <Button
                          variant="ghost"
                          size="sm"
                          aria-label={`Compare version ${r.version} with the draft`}
                          onClick={() => {
                            setCompare({ from: r.version, to: 'draft' });
                            // on narrow screens the comparison sits below the history
                            document.getElementById('compare')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                          }}
                        >
                          <GitCompareArrows aria-hidden="true" />
                          Compare
                        </Button>
                        {canApprove && !current && (
                          <Button variant="ghost" size="sm" onClick={() => setRestoring(r)} aria-label={`Restore version ${r.version}`}>
                            <RotateCcw aria-hidden="true" />
                            Restore
                          </Button>
                        )}
                      </div>
                    </li>
                  );
                })}
              </ol>
              {revisions.hasNextPage && (
                <Button variant="secondary" size="sm" className="mt-5" loading={revisions.isFetchingNextPage} onClick={() => revisions.fetchNextPage()}>
                  Show older versions
                </Button>
              )}
            </CardContent>
          )}
        </Card>
        {items.length > 0 && from !== null && (
          <Comparison brand={brand} versions={items.map((r) => r.version)} from={from} to={compare.to} onChange={(f, t) => setCompare({ from: f, to: t })} />
        )}
      </div>
      <ConfirmDialog
        open={restoring !== null}
        onOpenChange={(o) => {
          if (!o) {
            setRestoring(null);
            restore.reset();
          }
        }}
        title={`Restore version ${restoring?.version}?`}
        description={`Its content replaces the draft and is published as version ${brand.published_version + 1}. Unsaved and unpublished changes to the draft are replaced; every earlier version stays in the history.`}
        confirmLabel="Restore and publish"
        pending={restore.isPending}
        error={restore.error ? (isProblem(restore.error, 'nothing_to_publish') ? 'That version is what is published now.' : errorMessage(restore.error)) : null}
        onConfirm={async () => {
          if (!restoring) return;
          try {
            await restore.mutateAsync({ version: restoring.version });
            setRestoring(null);
            setCompare({ from: null, to: 'draft' });
          } catch {
            // shown in the dialog
          }
        }}
      />
    </div>
  );
}

function Comparison({ brand, versions, from, to, onChange }: { brand: Brand; versions: number[]; from: number; to: string; onChange: (from: number, to: string) => void }) {
  const diff = useRevisionDiff(brand.id, from, to);
  const fromOptions = versions.map((v) => ({ value: String(v), label: `Version ${v}` }));
  const toOptions = [{ value: 'draft', label: 'Current draft' }, ...fromOptions];
  const toLabel = to === 'draft' ? 'the current draft' : `version ${to}`;
  return (
    <Card id="compare" className="scroll-mt-20 self-start">
      <CardHeader>
        <CardTitle>Compare</CardTitle>
        <CardDescription>Pick two versions to see what changed, field by field.</CardDescription>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <div className="flex flex-col gap-1.5">
            <label htmlFor="compare-from" className="text-sm font-medium text-ink">
              From
            </label>
            <Select id="compare-from" value={String(from)} onValueChange={(v) => onChange(Number(v), to)} options={fromOptions} />
          </div>
          <div className="flex flex-col gap-1.5">
            <label htmlFor="compare-to" className="text-sm font-medium text-ink">
              To
            </label>
            <Select id="compare-to" value={to} onValueChange={(v) => onChange(from, v)} options={toOptions} />
          </div>
        </div>
      </CardHeader>
      <div className="mt-4 border-t border-line" aria-busy={diff.isFetching}>
        {diff.isPending ? (
          <div className="flex justify-center py-8">
            <Spinner label="Comparing" />
          </div>
        ) : diff.isError ? (
          <ErrorState message={errorMessage(diff.error)} onRetry={() => diff.refetch()} />
        ) : (
          <>
            <p className="px-5 pt-4 text-sm text-muted sm:px-6" aria-live="polite">
              {diff.data.changes.length === 0 ? '' : `${diff.data.changes.length} change${diff.data.changes.length === 1 ? '' : 's'} from version ${from} to ${toLabel}.`}
            </p>
            <DiffTable changes={diff.data.changes} caption={`Changes from version ${from} to ${toLabel}`} />
          </>
        )}
      </div>
    </Card>
  );
}
