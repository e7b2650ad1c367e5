import { Link2, Plus } from 'lucide-react';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { ErrorState } from '@/components/ui/empty-state';
import { SkeletonRows } from '@/components/ui/skeleton';
import { ProblemError } from '@/lib/api/problem';
import type { BrandShare, ShareCreated } from '@/lib/api/types';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useCreateShare } from '../api/create-share';
import { useShares } from '../api/get-shares';
import { useRevokeShare } from '../api/revoke-share';
import { CopyButton } from './copy-button';

function message(error: unknown): string {
  return error instanceof ProblemError ? error.detail || error.title : 'Something went wrong. Try again.';
}

function ShareRow({ share, onRevoke }: { share: BrandShare; onRevoke: (share: BrandShare) => void }) {
  return (
    <li className="flex items-center justify-between gap-3 py-3">
      <div className="min-w-0 text-sm">
        <p className="flex flex-wrap items-center gap-2 text-ink">
          <span title={absoluteTime(share.created_at)}>Created {relativeTime(share.created_at)}</span>
          {share.active ? <Badge tone="success">Active</Badge> : <Badge>Revoked</Badge>}
        </p>
        <p className="text-xs text-muted">
          {share.created_by?.name ? `by ${share.created_by.name}` : 'by a former member'}
          {share.revoked_at && ` · revoked ${relativeTime(share.revoked_at)}`}
        </p>
      </div>
      {share.active && (
        <Button variant="ghost" size="sm" onClick={() => onRevoke(share)} aria-label={`Revoke the link created ${relativeTime(share.created_at)}`}>
          Revoke
        </Button>
      )}
    </li>
  );
}

/** Admins create read-only links to the published kit, copy the new one once, and revoke old ones. */
export function ShareDialog({ brandId, open, onOpenChange, published }: { brandId: string; open: boolean; onOpenChange: (open: boolean) => void; published: boolean }) {
  const shares = useShares(brandId, open);
  const create = useCreateShare(brandId);
  const revoke = useRevokeShare(brandId);
  const [created, setCreated] = useState<ShareCreated | null>(null);
  const [revoking, setRevoking] = useState<BrandShare | null>(null);

  function close(next: boolean) {
    if (!next) {
      setCreated(null);
      create.reset();
    }
    onOpenChange(next);
  }

  return (
    <>
      <Dialog open={open} onOpenChange={close}>
        <DialogContent wide title="Share the brand kit" description="Anyone with a link sees the published kit and can download its exports, without signing in. Drafts and persona details stay private.">
          {!published && (
            <Alert tone="warning" className="mb-4">
              Nothing is published yet: a link shows a “not published” page until you publish.
            </Alert>
          )}
          {created ? (
            <div className="mb-5 rounded-[var(--radius-button)] border border-success/40 bg-success-soft p-3">
              <p className="mb-2 text-sm font-medium text-success-ink">Link created. Copy it now: it is shown only once.</p>
              <div className="flex items-center gap-1 rounded-[4px] bg-white pl-3 ring-1 ring-line">
                <input readOnly value={created.url} aria-label="Share link" onFocus={(e) => e.currentTarget.select()} className="min-h-11 min-w-0 flex-1 bg-transparent font-mono text-xs text-ink outline-none" />
                <CopyButton value={created.url} label="share link" />
              </div>
            </div>
          ) : (
            <div className="mb-5">
              <Button
                loading={create.isPending}
                onClick={() =>
                  create.mutate(undefined, {
                    onSuccess: (s) => setCreated(s),
                  })
                }
              >
                <Plus aria-hidden="true" />
                Create link
              </Button>
              {create.isError && (
                <Alert tone="danger" className="mt-3">
                  {message(create.error)}
                </Alert>
              )}
            </div>
          )}
          <h3 className="text-sm font-semibold text-ink">Links</h3>
          {shares.isPending ? (
            <SkeletonRows rows={2} label="Loading links" />
          ) : shares.isError ? (
            <ErrorState message={message(shares.error)} onRetry={() => shares.refetch()} />
          ) : shares.data.items.length === 0 ? (
            <p className="flex items-center gap-2 py-4 text-sm text-muted">
              <Link2 className="size-4" aria-hidden="true" />
              No links yet. A link you create appears here.
            </p>
          ) : (
            <ul className="divide-y divide-line" aria-label="Share links">
              {shares.data.items.map((s) => (
                <ShareRow key={s.id} share={s} onRevoke={setRevoking} />
              ))}
            </ul>
          )}
        </DialogContent>
      </Dialog>
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(o) => {
          if (!o) {
            setRevoking(null);
            revoke.reset();
          }
        }}
        title="Revoke this link?"
        description="People who open it will see a not-found page. This cannot be undone; you can create a new link at any time."
        confirmLabel="Revoke link"
        pending={revoke.isPending}
        error={revoke.isError ? message(revoke.error) : null}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
      />
    </>
  );
}
