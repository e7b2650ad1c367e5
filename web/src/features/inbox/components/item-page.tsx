import { FileQuestion } from 'lucide-react';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage, isProblem, ProblemError } from '@/lib/api/problem';
import type { FieldFinding, ItemDetail, Me, Variant } from '@/lib/api/types';
import { hasPermission } from '@/lib/auth/permissions';
import { useTitle } from '@/lib/use-title';
import { refusedFindings, useApproveItem } from '../api/approve-item';
import { useInboxBrand } from '../api/get-brand';
import { useItem } from '../api/get-item';
import { useInboxMembers } from '../api/get-members';
import { useRejectItem } from '../api/reject-item';
import { useSettle } from '../api/decisions';
import { textFields } from '../lib/draft-fields';
import { errorFindings, excerpt } from '../lib/findings';
import { isWriting } from '../lib/states';
import { Activity } from './activity';
import { AssignControl } from './assign-control';
import { ItemHeader, stepText } from './item-header';
import { DeviceToggle } from './preview/device-toggle';
import { DEFAULT_COLOUR, type Device, type PreviewBrand } from './preview/preview-kit';
import { OverrideDialog } from './override-dialog';
import { RegenerateDialog } from './regenerate-dialog';
import { RejectDialog } from './reject-dialog';
import { RunProgress } from './run-progress';
import { ShareDialog } from './share-dialog';
import { VariantCard, variantNumber, type ApproveState } from './variant-card';
import { VariantEditor } from './variant-editor';

export function initialDevice(): Device {
  return typeof window !== 'undefined' && window.matchMedia?.('(max-width: 767px)').matches ? 'mobile' : 'desktop';
}

function blockedReason(item: ItemDetail, v: Variant): string | null {
  if (!item.can_approve) return `You are not an approver for ${stepText(item).toLowerCase()}: someone the approval policy names decides here.`;
  if (!v.review.fits) return 'Breaks a platform rule: edit it before approving.';
  return null;
}

function Loading() {
  return (
    <div role="status" aria-label="Loading the item" className="flex flex-col gap-6">
      <Skeleton className="h-8 w-2/3" />
      <Skeleton className="h-20 w-full rounded-[var(--radius-card)]" />
      <div className="grid gap-6 lg:grid-cols-2">
        <Skeleton className="h-96 rounded-[var(--radius-card)]" />
        <Skeleton className="h-96 rounded-[var(--radius-card)]" />
      </div>
    </div>
  );
}

/** One inbox item: every variant as it will look on its network, the checks, and the decisions. */
export function ItemPage({ id, me }: { id: string; me: Me }) {
  const item = useItem(id);
  const brand = useInboxBrand(item.data?.brand_id);
  const canListMembers = hasPermission(me.permissions, 'members_read');
  const members = useInboxMembers(canListMembers);
  const approve = useApproveItem();
  const reject = useRejectItem();
  const settle = useSettle();
  const [device, setDevice] = useState<Device>(initialDevice);
  const [editing, setEditing] = useState<number | null>(null);
  /** The editor was opened from the override dialog's "Fix it": it takes the focus. */
  const [fixing, setFixing] = useState(false);
  const [runId, setRunId] = useState<string | null>(null);
  const [runOver, setRunOver] = useState(false);
  const markRunOver = useCallback(() => setRunOver(true), []);
  /** The variant whose approval waits for a fix or a reason, with the errors the server named (if it refused). */
  const [overriding, setOverriding] = useState<{ position: number; refused: FieldFinding[] } | null>(null);
  const [rejecting, setRejecting] = useState(false);
  useTitle(item.data?.title ?? 'Inbox item');

  if (item.isPending) return <Loading />;
  if (item.isError) {
    if (item.error instanceof ProblemError && item.error.status === 404) {
      return (
        <Card>
          <EmptyState
            icon={FileQuestion}
            title="This item is not in your inbox"
            action={
              <Button asChild variant="secondary">
                <Link to="/inbox">Back to the inbox</Link>
              </Button>
            }
          >
            It may have been removed, or the link belongs to another organization.
          </EmptyState>
        </Card>
      );
    }
    return (
      <Card>
        <ErrorState message={errorMessage(item.error)} onRetry={() => item.refetch()} />
      </Card>
    );
  }

  const it = item.data;
  const previewBrand: PreviewBrand = {
    name: brand.data?.name ?? '…',
    colour: brand.data?.draft.visual?.palette?.find((c) => c.role === 'primary')?.hex ?? brand.data?.draft.visual?.palette?.[0]?.hex ?? DEFAULT_COLOUR,
    links: brand.data?.draft.social_links ?? [],
  };
  const awaiting = it.state === 'awaiting_review';
  const canWrite = hasPermission(me.permissions, 'content_write');
  // A finished regeneration leaves its notice up but must not take the button away (it used to).
  const mayRegenerate = it.can_regenerate && (!runId || runOver);
  const memberList = canListMembers ? (members.data?.items ?? null) : null;
  const assigneeName = !it.assignee_id
    ? null
    : it.assignee_id === me.user.id
      ? 'you'
      : (members.data?.items.find((m) => m.user_id === it.assignee_id)?.name ?? 'a teammate');
  const approveError = (position: number) =>
    approve.isError && approve.variables?.variant === position && approve.variables.overrideReason === undefined && !isProblem(approve.error, 'review_has_errors')
      ? errorMessage(approve.error)
      : null;
  const onApproveError = (e: Error) => {
    // Someone else decided or edited meanwhile: show the item as it is now.
    if (e instanceof ProblemError && e.status === 409) void settle();
  };
  const approveFor = (v: Variant): ApproveState | undefined =>
    awaiting
      ? {
          blockedBecause: blockedReason(it, v),
          pending: approve.isPending && approve.variables?.variant === v.position && approve.variables.overrideReason === undefined,
          error: approveError(v.position),
          needsReason: errorFindings(v.review.findings).length > 0,
          onApprove: () => {
            if (errorFindings(v.review.findings).length > 0) {
              approve.reset();
              setOverriding({ position: v.position, refused: [] });
              return;
            }
            approve.mutate(
              { id: it.id, variant: v.position },
              {
                onError: (e) => {
                  // The checks changed since this page loaded: ask for a fix or a reason after all.
                  if (isProblem(e, 'review_has_errors')) {
                    setOverriding({ position: v.position, refused: refusedFindings(e) });
                    void settle();
                    return;
                  }
                  onApproveError(e);
                },
              },
            );
          },
        }
      : undefined;
  const overridden = overriding ? it.variants.find((v) => v.position === overriding.position) : undefined;
  const overrideErrors = overriding && overriding.refused.length > 0 ? overriding.refused : errorFindings(overridden?.review.findings ?? []);
  const overriddenText = new Map(overridden ? [...textFields(overridden.draft).map((f) => [f.field, f.text] as const), ...overridden.review.parts.map((p, i) => [`parts[${i}]`, p] as const)] : []);
  const quoteOf = (f: FieldFinding) => {
    const t = f.field ? overriddenText.get(f.field) : undefined;
    return t === undefined ? '' : excerpt(t, f.start, f.end);
  };
  const overrideError = approve.isError && approve.variables?.overrideReason !== undefined ? errorMessage(approve.error) : null;

  return (
    <div>
      <ItemHeader
        item={it}
        brandName={brand.data?.name}
        onReject={awaiting && it.can_approve ? () => setRejecting(true) : null}
        regenerate={
          mayRegenerate ? (
            <RegenerateDialog
              itemId={it.id}
              onStarted={(run) => {
                setRunOver(false);
                setRunId(run.id);
              }}
            />
          ) : null
        }
        share={canWrite ? <ShareDialog itemId={it.id} /> : null}
        assignControl={
          canWrite ? (
            <AssignControl itemId={it.id} assigneeId={it.assignee_id} meId={me.user.id} members={memberList} assigneeName={assigneeName} />
          ) : (
            <p className="text-sm text-slate">{assigneeName ? `Assigned to ${assigneeName}` : 'Unassigned'}</p>
          )
        }
      />

      <div className="flex flex-col gap-4">
        {runId && <RunProgress runId={runId} onOver={markRunOver} onDismiss={() => setRunId(null)} />}
        {it.state === 'rejected' && (
          <Alert tone="danger" title="Rejected">
            {it.reject_reason || 'No reason given.'} {canWrite && 'Regenerate it with feedback, or leave it here for the record.'}
          </Alert>
        )}
        {it.state === 'failed' && (
          <Alert tone="danger" title="This item could not be written">
            {it.error || 'The agent stopped before it finished.'} {canWrite && 'Regenerate to try again.'}
          </Alert>
        )}
        {(it.state === 'approved' || it.state === 'scheduled' || it.state === 'published') && it.chosen_variant != null && (
          <Alert tone="success">
            Approved with variant {variantNumber(it.chosen_variant)}
            {it.state === 'approved' ? ': ready to schedule.' : '.'}
          </Alert>
        )}
        {approve.isSuccess && awaiting && (
          <Alert tone="info">Your approval is recorded: the item now waits for {stepText(it).toLowerCase()}.</Alert>
        )}

        {isWriting(it.state) ? (
          <Card>
            <div role="status" className="flex flex-col items-center gap-3 px-6 py-12 text-center">
              <Spinner size="lg" label="" />
              <p className="font-heading text-base font-semibold text-ink">{it.state === 'queued' ? 'Queued for writing' : 'Being written'}</p>
              <p className="max-w-md text-sm text-muted">The variants appear here as soon as they are written and checked. This page updates by itself.</p>
            </div>
          </Card>
        ) : it.variants.length === 0 ? (
          <Card>
            <EmptyState title="No variants">Nothing was written for this item. Regenerate it to try again.</EmptyState>
          </Card>
        ) : (
          <section aria-label="Variants">
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <h2 className="text-base font-semibold">
                {it.variants.length} variant{it.variants.length === 1 ? '' : 's'}
              </h2>
              {editing === null && <DeviceToggle value={device} onChange={setDevice} />}
            </div>
            <div className={it.variants.length > 1 ? 'grid gap-6 lg:grid-cols-2' : 'grid gap-6'}>
              {it.variants.map((v) =>
                editing === v.position ? (
                  <VariantEditor
                    key={`edit-${v.position}`}
                    itemId={it.id}
                    channel={it.channel}
                    variant={v}
                    letter={variantNumber(v.position)}
                    brand={previewBrand}
                    device={device}
                    onDevice={setDevice}
                    onDone={() => {
                      setEditing(null);
                      setFixing(false);
                    }}
                    autoFocus={fixing}
                  />
                ) : (
                  <VariantCard
                    key={v.position}
                    channel={it.channel}
                    variant={v}
                    state={it.state}
                    chosen={it.chosen_variant === v.position}
                    brand={previewBrand}
                    device={device}
                    approve={editing === null ? approveFor(v) : undefined}
                    onEdit={it.can_edit && editing === null ? () => setEditing(v.position) : undefined}
                  />
                ),
              )}
            </div>
          </section>
        )}

        <Activity itemId={it.id} events={it.events} canComment={canWrite} />
      </div>

      <OverrideDialog
        open={overriding !== null && overridden !== undefined && awaiting}
        onOpenChange={(o) => {
          if (!o) {
            setOverriding(null);
            approve.reset();
          }
        }}
        letter={overriding ? variantNumber(overriding.position) : ''}
        errors={overrideErrors}
        canOverride={it.can_override}
        onFix={
          it.can_edit && overriding
            ? () => {
                const position = overriding.position;
                setOverriding(null);
                approve.reset();
                setFixing(true);
                setEditing(position);
              }
            : undefined
        }
        onApprove={(reason) => {
          if (!overriding) return;
          approve.mutate({ id: it.id, variant: overriding.position, overrideReason: reason }, { onSuccess: () => setOverriding(null), onError: onApproveError });
        }}
        pending={approve.isPending && approve.variables?.overrideReason !== undefined}
        error={overrideError}
        quoteOf={quoteOf}
      />

      <RejectDialog
        open={rejecting}
        onOpenChange={(o) => {
          setRejecting(o);
          if (!o) reject.reset();
        }}
        what="this item"
        onReject={(reason) => reject.mutate({ id: it.id, reason }, { onSuccess: () => setRejecting(false) })}
        pending={reject.isPending}
        error={reject.isError ? errorMessage(reject.error) : null}
      />
    </div>
  );
}
