import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage, ProblemError } from '@/lib/api/problem';
import type { Channel, Draft, Variant } from '@/lib/api/types';
import { useEditVariant } from '../api/edit-variant';
import { useDraftReview } from '../api/review-draft';
import { fromDraft, toDraft, type EditorValues } from '../lib/editor-values';
import { ChecksPanel } from './checks-panel';
import { EditorFields } from './editor-fields';
import { DeviceToggle } from './preview/device-toggle';
import { fieldsShownInPlace, PlatformPreview } from './preview/platform-preview';
import type { Device, PreviewBrand } from './preview/preview-kit';
import { ScoreBadge } from './badges';
import { useDebounced } from '@/lib/use-debounced';

export const LIVE_REVIEW_DELAY_MS = 400;

const same = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Edits one variant. As people type, the draft is checked again (after a pause) and the preview,
 * findings and platform rules follow; nothing is saved until Save.
 */
export function VariantEditor({
  itemId,
  channel,
  variant,
  letter,
  brand,
  device,
  onDevice,
  onDone,
  autoFocus = false,
}: {
  itemId: string;
  channel: Channel;
  variant: Variant;
  letter: string;
  brand: PreviewBrand;
  device: Device;
  onDevice: (d: Device) => void;
  onDone: () => void;
  /** Put the focus in the first field on opening (when sent here to fix the errors). */
  autoFocus?: boolean;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!autoFocus) return;
    const first = formRef.current?.querySelector<HTMLElement>('textarea, input:not([type="hidden"])');
    first?.focus();
    first?.scrollIntoView?.({ block: 'center' });
  }, [autoFocus]);
  const [values, setValues] = useState<EditorValues>(() => fromDraft(variant.draft));
  const draft = useMemo(() => toDraft(values), [values]);
  const settled = useDebounced(draft, LIVE_REVIEW_DELAY_MS);
  const changed = !same(settled, variant.draft);
  const live = useDraftReview(itemId, changed ? settled : null);
  const save = useEditVariant();

  const shown = changed && live.data ? live.data : { draft: variant.draft, review: variant.review };
  const checking = (changed && live.isFetching) || !same(draft, settled);
  const dirty = !same(draft, variant.draft);
  const saveError = save.error instanceof ProblemError && save.error.errors.length > 0 ? save.error.errors.map((e) => e.message).join(' ') : save.isError ? errorMessage(save.error) : null;

  return (
    <Card className="lg:col-span-2" data-testid="variant-editor">
      <form
        ref={formRef}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ id: itemId, position: variant.position, draft }, { onSuccess: onDone });
        }}
        aria-label={`Edit variant ${letter}`}
      >
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line px-5 py-4 sm:px-6">
          <h2 className="text-lg font-semibold">Editing variant {letter}</h2>
          <DeviceToggle value={device} onChange={onDevice} />
        </div>
        <div className="grid gap-6 px-5 py-5 sm:px-6 lg:grid-cols-2">
          <div className="min-w-0">
            <EditorFields values={values} onChange={setValues} review={shown.review} channel={channel} />
          </div>
          <div className="flex min-w-0 flex-col gap-4">
            <div className="flex items-center justify-between gap-2">
              <h3 className="text-sm font-semibold text-ink">Live check</h3>
              <p className="flex items-center gap-2 text-xs text-muted" role="status" data-testid="live-status">
                {checking ? (
                  <>
                    <Spinner size="sm" label="" /> Checking…
                  </>
                ) : live.isError ? (
                  <span className="text-danger">{errorMessage(live.error)}</span>
                ) : changed ? (
                  'Checked as you typed'
                ) : (
                  'As saved'
                )}
                <ScoreBadge score={shown.review.score} />
              </p>
            </div>
            <PlatformPreview channel={channel} draft={shown.draft} review={shown.review} brand={brand} device={device} />
            <ChecksPanel draft={shown.draft} review={shown.review} shownInPlace={fieldsShownInPlace(shown.draft, shown.review)} live />
          </div>
        </div>
        <div className="flex flex-col gap-3 border-t border-line px-5 py-4 sm:px-6">
          {saveError && <Alert tone="danger">{saveError}</Alert>}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={onDone} disabled={save.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!dirty}>
              Save variant {letter}
            </Button>
          </div>
        </div>
      </form>
    </Card>
  );
}
