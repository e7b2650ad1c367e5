import { Bot, Check, CircleAlert, PenLine, TriangleAlert } from 'lucide-react';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Channel, ItemState, Variant } from '@/lib/api/types';
import { ChecksPanel } from './checks-panel';
import { fieldsShownInPlace, PlatformPreview } from './preview/platform-preview';
import type { Device, PreviewBrand } from './preview/preview-kit';
import { errorFindings } from '../lib/findings';
import { ScoreBadge } from './badges';

/** Where a language model is connected (the app's AI settings page). */
export const AI_SETTINGS_PATH = '/settings/ai';

const PROVIDERS: Record<string, string> = { builtin: 'Built-in composer', openai_compatible: 'OpenAI-compatible model', anthropic: 'Anthropic' };

export function providerLabel(provider: string): string {
  return PROVIDERS[provider] ?? provider;
}

/** Variants are numbered from 1, as the activity log names them ("Approved variant 2"). */
export const variantNumber = (position: number) => String(position + 1);

export type ApproveState = {
  /** Why approving is not possible now; null when it is. */
  blockedBecause: string | null;
  pending: boolean;
  error: string | null;
  /** The variant has error findings: approving opens the fix-or-reason dialog instead. */
  needsReason: boolean;
  onApprove: () => void;
};

/** Which writer produced the variant, and with the built-in composer, where to connect a model. */
function WrittenBy({ variant }: { variant: Variant }) {
  const builtin = variant.provider === 'builtin';
  return (
    <p className="flex flex-wrap items-center gap-x-1.5 gap-y-0.5 text-xs text-muted" data-testid="written-by">
      <Bot className="size-3.5 shrink-0" aria-hidden="true" />
      {builtin ? (
        <>
          <span>
            Written by the built-in composer<span className="max-sm:hidden">, not a language model</span> · {variant.words} words
          </span>
          {!variant.fallback_used && (
            <Link to={AI_SETTINGS_PATH} className="font-medium text-primary underline-offset-2 hover:underline">
              Connect a language model
            </Link>
          )}
        </>
      ) : (
        <span className="min-w-0 break-words">
          Written by {providerLabel(variant.provider)}
          {variant.model && <> · {variant.model}</>} · {variant.words} words
        </span>
      )}
    </p>
  );
}

/** One variant: who wrote it, how it looks on the network, what the checks found, and its actions. */
export function VariantCard({
  channel,
  variant,
  state,
  chosen,
  brand,
  device,
  approve,
  onEdit,
  outside = false,
}: {
  channel: Channel;
  variant: Variant;
  state: ItemState;
  chosen: boolean;
  brand: PreviewBrand;
  device: Device;
  /** Absent where nobody decides (the public preview). */
  approve?: ApproveState;
  onEdit?: () => void;
  /** For someone outside the team: the content only, without scores, checks or who wrote it. */
  outside?: boolean;
}) {
  const letter = variantNumber(variant.position);
  const reasonId = `variant-${variant.position}-approve-reason`;
  const blocked = approve?.blockedBecause ?? null;
  const errors = outside ? 0 : errorFindings(variant.review.findings).length;
  const hintId = `variant-${variant.position}-approve-hint`;
  return (
    <Card className="flex min-w-0 flex-col" data-testid="variant" aria-labelledby={`variant-${variant.position}-title`}>
      <div className="flex flex-col gap-2 border-b border-line px-5 py-4 sm:px-6">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={`variant-${variant.position}-title`} className="mr-auto text-lg font-semibold">
            Variant {letter}
          </h2>
          {chosen && (state === 'approved' || state === 'scheduled' || state === 'published') && (
            <Badge tone="success">
              <Check className="size-3" aria-hidden="true" /> Chosen
            </Badge>
          )}
          {!outside && variant.edited && <Badge tone="neutral">Edited</Badge>}
          {!outside && !variant.review.fits && <Badge tone="danger">Breaks platform rules</Badge>}
          {errors > 0 && (
            <Badge tone="danger" data-testid="variant-errors">
              <CircleAlert className="size-3" aria-hidden="true" />
              {errors === 1 ? '1 error' : `${errors} errors`}
            </Badge>
          )}
          {!outside && <ScoreBadge score={variant.review.score} />}
        </div>
        {!outside && <WrittenBy variant={variant} />}
        {!outside && variant.fallback_used && (
          <p className="flex items-start gap-2 rounded-[var(--radius-button)] bg-warning-soft px-3 py-2 text-xs text-warning-ink">
            <TriangleAlert className="mt-px size-3.5 shrink-0" aria-hidden="true" />
            <span>
              The configured model failed, so the built-in composer wrote this variant. Check it closely, or regenerate once the model is back.{' '}
              <Link to={AI_SETTINGS_PATH} className="font-medium underline underline-offset-2">
                Check the AI settings
              </Link>
            </span>
          </p>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-5 px-5 py-5 sm:px-6">
        <PlatformPreview
          channel={channel}
          draft={variant.draft}
          // Outside reviewers see the content clean: the team's findings are not theirs to read.
          review={outside ? { ...variant.review, findings: [], violations: [] } : variant.review}
          brand={brand}
          device={device}
        />
        {!outside && <ChecksPanel draft={variant.draft} review={variant.review} shownInPlace={fieldsShownInPlace(variant.draft, variant.review)} />}
      </div>
      {(approve || onEdit) && (
        <div className="flex flex-col gap-2 border-t border-line px-5 py-4 sm:px-6">
          <div className="flex flex-wrap gap-2">
            {approve && (
              <Button
                onClick={approve.onApprove}
                loading={approve.pending}
                disabled={blocked !== null}
                aria-haspopup={approve.needsReason && !blocked ? 'dialog' : undefined}
                aria-describedby={blocked ? reasonId : approve.needsReason ? hintId : undefined}
              >
                <Check aria-hidden="true" />
                Approve variant {letter}
              </Button>
            )}
            {onEdit && (
              <Button variant="secondary" onClick={onEdit}>
                <PenLine aria-hidden="true" />
                Edit variant {letter}
              </Button>
            )}
          </div>
          {blocked && (
            <p id={reasonId} className="text-xs text-muted">
              {blocked}
            </p>
          )}
          {!blocked && approve?.needsReason && (
            <p id={hintId} className="text-xs text-danger">
              The checks found {errors === 1 ? 'an error' : `${errors} errors`}: approving asks you to fix {errors === 1 ? 'it' : 'them'} or give a reason.
            </p>
          )}
          {approve?.error && (
            <p role="alert" className="text-sm text-danger">
              {approve.error}
            </p>
          )}
        </div>
      )}
    </Card>
  );
}
