import { ArrowUpRight, LibraryBig, SearchX } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { LibraryEntry } from '@/lib/api/types';
import { absoluteTime } from '@/lib/format';
import { useBrands } from '@/features/agents/api/get-brands';
import { useContentLibrary } from '@/features/agents/api/get-content-library';
import { CHANNELS, channelLabel } from '@/features/agents/lib/channels';
import { itemState } from '@/features/agents/lib/run-status';
import { BrandSelect } from '../shared/brand-select';
import { Score } from '../shared/score';
import { DraftPreview } from './draft-preview';

const ALL = '__all__';

export function LibraryPage() {
  const [brandId, setBrandId] = useState('');
  const [channel, setChannel] = useState('');
  const brands = useBrands();
  const library = useContentLibrary({ brandId, channel });
  const entries = library.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = brandId !== '' || channel !== '';
  const loadMoreError = library.error ? errorMessage(library.error) : '';
  const brandName = (id: string) => brands.data?.items.find((b) => b.id === id)?.name;

  return (
    <>
      <PageHeader
        title="Content library"
        description="Everything your team approved, with the variant they chose. Reuse it, or brief the agents for more."
        actions={
          <Button asChild>
            <Link to="/create">New brief</Link>
          </Button>
        }
      />
      <div className="mb-5 grid gap-3 sm:grid-cols-2 lg:max-w-2xl">
        <BrandSelect aria-label="Brand" brands={brands.data?.items ?? []} value={brandId} onChange={setBrandId} none="All brands" />
        <Select
          aria-label="Channel"
          value={channel || ALL}
          onValueChange={(v) => setChannel(v === ALL ? '' : v)}
          options={[{ value: ALL, label: 'All channels' }, ...CHANNELS.map((c) => ({ value: c.value, label: c.label }))]}
        />
      </div>

      {library.isPending ? (
        <div role="status" aria-label="Loading the library" className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {[0, 1, 2].map((i) => (
            <Card key={i} className="flex flex-col gap-3 p-5">
              <Skeleton className="h-4 w-1/3" />
              <Skeleton className="h-4 w-2/3" />
              <Skeleton className="h-20 w-full" />
            </Card>
          ))}
        </div>
      ) : library.isError ? (
        <Card>
          <ErrorState message={errorMessage(library.error)} onRetry={() => library.refetch()} />
        </Card>
      ) : entries.length === 0 ? (
        <Card>
          {filtered ? (
            <EmptyState
              icon={SearchX}
              title="Nothing approved matches these filters"
              action={
                <Button
                  variant="secondary"
                  onClick={() => {
                    setBrandId('');
                    setChannel('');
                  }}
                >
                  Show everything
                </Button>
              }
            />
          ) : (
            <EmptyState
              icon={LibraryBig}
              title="Your library is empty"
              action={
                <div className="flex flex-col gap-2 sm:flex-row">
                  <Button asChild variant="secondary">
                    <Link to="/inbox">Review drafts</Link>
                  </Button>
                  <Button asChild>
                    <Link to="/create">Write a brief</Link>
                  </Button>
                </div>
              }
            >
              Drafts land here once they are approved in the inbox. Review the ones waiting there, or send the agents a brief.
            </EmptyState>
          )}
        </Card>
      ) : (
        <>
          <ul className="grid items-start gap-4 md:grid-cols-2 xl:grid-cols-3" aria-label="Approved content">
            {entries.map((e) => (
              <LibraryCard key={e.item_id} entry={e} brand={brandName(e.brand_id)} />
            ))}
          </ul>
          {library.hasNextPage && (
            <div className="mt-6 flex justify-center">
              <Button variant="secondary" loading={library.isFetchingNextPage} onClick={() => library.fetchNextPage()}>
                Load more
              </Button>
            </div>
          )}
          {library.isFetchNextPageError && <p className="mt-3 text-center text-sm text-danger">More could not be loaded: {loadMoreError}</p>}
        </>
      )}
    </>
  );
}

function LibraryCard({ entry, brand }: { entry: LibraryEntry; brand?: string }) {
  const state = itemState(entry.state);
  return (
    <li>
      <Card className="flex h-full flex-col gap-3 p-5">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="primary">{channelLabel(entry.channel)}</Badge>
          {entry.state !== 'approved' && <Badge tone={state.tone}>{state.label}</Badge>}
          <span className="ml-auto">
            <Score score={entry.score} />
          </span>
        </div>
        <div>
          <h2 className="text-base leading-snug font-semibold">{entry.title}</h2>
          <p className="text-xs text-muted">{[brand, entry.campaign].filter(Boolean).join(' · ') || 'No campaign'}</p>
        </div>
        <div className="max-h-72 overflow-y-auto rounded-[var(--radius-button)] bg-mist/70 p-3">
          <DraftPreview draft={entry.draft} parts={entry.parts} />
        </div>
        <div className="mt-auto flex items-center justify-between gap-2 text-xs text-muted">
          <span>{entry.approved_at ? `Approved ${absoluteTime(entry.approved_at)}` : 'Approved'}</span>
          <Link to={`/inbox/${entry.item_id}`} className="inline-flex min-h-11 shrink-0 items-center gap-1 font-medium whitespace-nowrap text-primary hover:underline" aria-label={`Open ${entry.title} in the inbox`}>
            Open in inbox
            <ArrowUpRight className="size-4" aria-hidden="true" />
          </Link>
        </div>
      </Card>
    </li>
  );
}
