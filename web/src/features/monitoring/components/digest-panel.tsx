import { Eye } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/empty-state';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { DigestFrequency, DigestPreference } from '@/lib/api/types';
import { absoluteTime } from '@/lib/format';
import { usePreviewDigest, useDigest, useSaveDigest } from '../api/digest';
import { digestSections } from '../lib/digest';
import { relevancePercent, words } from '../lib/labels';
import { CategoryBadge, ImpactBadge } from './badges';

const FREQUENCIES = [
  { value: 'none', label: 'No digest' },
  { value: 'daily', label: 'Daily' },
  { value: 'weekly', label: 'Weekly' },
];
const INSTANT = [
  { value: 'off', label: 'No instant alert email' },
  { value: 'high', label: 'High and critical alerts' },
  { value: 'all', label: 'Every alert' },
];

/** The caller's own digest e-mail, and a preview of what it would hold now. */
export function DigestPanel() {
  const digest = useDigest();
  const save = useSaveDigest();
  const preview = usePreviewDigest();
  const set = (d: DigestPreference, patch: Partial<DigestPreference>) => save.mutate({ frequency: patch.frequency ?? d.frequency, instant_alerts: patch.instant_alerts ?? d.instant_alerts });

  return (
    <Card aria-labelledby="digest-title">
      <CardHeader>
        <CardTitle id="digest-title">Digest e-mail</CardTitle>
        <CardDescription>Your own preference: the period’s most relevant stories, grouped by category.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {digest.isPending ? (
          <SkeletonRows rows={2} label="Loading your digest preference" />
        ) : digest.isError ? (
          <ErrorState message={errorMessage(digest.error)} onRetry={() => digest.refetch()} />
        ) : (
          <>
            <div className="grid gap-3 sm:grid-cols-2">
              <FormField id="digest-frequency" label="Digest" hint={digest.data.next_due_at ? `Next one ${absoluteTime(digest.data.next_due_at)}.` : undefined}>
                <Select value={digest.data.frequency} onValueChange={(v) => set(digest.data, { frequency: v as DigestFrequency })} options={FREQUENCIES} />
              </FormField>
              <FormField id="digest-instant" label="Instant alerts by e-mail">
                <Select value={digest.data.instant_alerts} onValueChange={(v) => set(digest.data, { instant_alerts: v as DigestPreference['instant_alerts'] })} options={INSTANT} />
              </FormField>
            </div>
            {save.isError && <Alert tone="danger">{errorMessage(save.error)}</Alert>}
            <div>
              <Button variant="secondary" onClick={() => preview.mutate()} loading={preview.isPending}>
                <Eye aria-hidden="true" />
                Preview the digest
              </Button>
            </div>
          </>
        )}
        {preview.isError && <Alert tone="danger">{errorMessage(preview.error)}</Alert>}
        {preview.data && (
          <section aria-label="Digest preview" className="flex flex-col gap-3 rounded-[var(--radius-button)] border border-line p-4">
            <p className="text-sm text-muted">
              {preview.data.digest.total} stor{preview.data.digest.total === 1 ? 'y' : 'ies'} from {absoluteTime(preview.data.since)} to {absoluteTime(preview.data.until)}
            </p>
            {digestSections(preview.data.digest.sections).length === 0 ? (
              <p className="text-sm text-slate">Nothing relevant in this period yet.</p>
            ) : (
              digestSections(preview.data.digest.sections).map(({ category, items }) => (
                <div key={category}>
                  <h3 className="font-heading text-sm font-semibold">{words(category)}</h3>
                  <ul className="mt-1 flex flex-col gap-1.5">
                    {items.map((i, n) => (
                      <li key={n} className="flex flex-wrap items-center gap-2 text-sm">
                        {i.url ? (
                          <a href={i.url} target="_blank" rel="noreferrer noopener" className="text-ink hover:text-primary">
                            {i.title}
                          </a>
                        ) : (
                          <span>{i.title}</span>
                        )}
                        <CategoryBadge category={i.category} />
                        <ImpactBadge impact={i.impact} />
                        <span className="text-xs text-muted">{relevancePercent(i.relevance)}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ))
            )}
          </section>
        )}
      </CardContent>
    </Card>
  );
}
