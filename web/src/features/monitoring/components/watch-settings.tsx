import { Save } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/empty-state';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { WatchSettings as Watch } from '@/lib/api/types';
import { useSaveWatch, useWatch } from '../api/watch';
import { ChipInput } from './chip-input';

function WatchForm({ watch, canWrite, save }: { watch: Watch; canWrite: boolean; save: ReturnType<typeof useSaveWatch> }) {
  const [keywords, setKeywords] = useState(watch.keywords);
  const [topics, setTopics] = useState(watch.topics);
  const [aliases, setAliases] = useState(watch.brand_aliases);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ keywords, topics, brand_aliases: aliases });
  };
  return (
    <form noValidate onSubmit={submit} aria-label="What to watch" className="flex flex-col gap-5">
      <p className="text-sm text-slate">
        Brand: <span className="font-medium text-ink">{watch.brand || '—'}</span>
        {watch.competitors.length > 0 && (
          <>
            {' '}
            · Competitors: <span className="text-ink">{watch.competitors.join(', ')}</span>
          </>
        )}
      </p>
      <ChipInput id="watch-keywords" label="Keywords" values={keywords} onChange={setKeywords} placeholder="Type a keyword and press Enter" hint="Items that contain one score higher." />
      <ChipInput id="watch-topics" label="Topics" values={topics} onChange={setTopics} placeholder="e.g. marketing automation" />
      <ChipInput id="watch-aliases" label="Brand aliases" values={aliases} onChange={setAliases} placeholder="Other names of your brand" hint="Mentions of these count as mentions of your brand." />
      {save.isError && <Alert tone="danger">{errorMessage(save.error)}</Alert>}
      {save.isSuccess && <Alert tone="success">Saved. New items are scored with these settings.</Alert>}
      {canWrite && (
        <div className="flex justify-end">
          <Button type="submit" loading={save.isPending}>
            <Save aria-hidden="true" />
            Save watch settings
          </Button>
        </div>
      )}
    </form>
  );
}

/** Keywords, topics and brand aliases the news feed is scored against. */
export function WatchSettingsPanel({ canWrite }: { canWrite: boolean }) {
  const watch = useWatch();
  // Held here so that "Saved" outlives the form, which starts afresh from what the server saved.
  const save = useSaveWatch();
  return (
    <Card aria-labelledby="watch-title">
      <CardHeader>
        <CardTitle id="watch-title">What to watch</CardTitle>
        <CardDescription>Your brand and competitors are watched already; add the keywords and topics that matter to you.</CardDescription>
      </CardHeader>
      <CardContent>
        {watch.isPending ? (
          <SkeletonRows rows={3} label="Loading watch settings" />
        ) : watch.isError ? (
          <ErrorState message={errorMessage(watch.error)} onRetry={() => watch.refetch()} />
        ) : (
          <WatchForm key={watch.data.updated_at ?? 'new'} watch={watch.data} canWrite={canWrite} save={save} />
        )}
      </CardContent>
    </Card>
  );
}
