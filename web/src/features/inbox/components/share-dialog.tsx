import { Link2 } from 'lucide-react';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogFooter, DialogTrigger, DialogClose } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { errorMessage } from '@/lib/api/problem';
import { absoluteTime } from '@/lib/format';
import { useShareItem } from '../api/share-item';
import { CopyButton } from './copy-button';

/** Makes a read-only link for someone outside the team; the link is shown once. */
export function ShareDialog({ itemId }: { itemId: string }) {
  const [open, setOpen] = useState(false);
  const share = useShareItem(itemId);
  const url = share.data ? `${window.location.origin}${share.data.path}` : '';
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) share.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm">
          <Link2 aria-hidden="true" />
          Share
        </Button>
      </DialogTrigger>
      <DialogContent title="Share a preview" description="A read-only link to the variants, for someone outside the team. They see the content, not your comments.">
        {share.data ? (
          <div className="flex flex-col gap-3">
            <label htmlFor="preview-link" className="text-sm font-medium text-ink">
              Preview link
            </label>
            <div className="flex gap-2">
              <Input id="preview-link" readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-testid="preview-link" />
              <CopyButton value={url} label="preview link" />
            </div>
            <p className="text-xs text-muted">
              Works until {absoluteTime(share.data.expires_at)}. We show it only now: copy it before closing.
            </p>
          </div>
        ) : (
          <div className="flex flex-col gap-3">
            <p className="text-sm text-slate">The link works for 7 days, without an account.</p>
            {share.isError && <Alert tone="danger">{errorMessage(share.error)}</Alert>}
          </div>
        )}
        <DialogFooter>
          {share.data ? (
            <DialogClose asChild>
              <Button variant="secondary">Done</Button>
            </DialogClose>
          ) : (
            <Button onClick={() => share.mutate()} loading={share.isPending}>
              Create link
            </Button>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
