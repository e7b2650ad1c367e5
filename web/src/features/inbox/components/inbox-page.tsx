import { Inbox, SearchX } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import type { SelectOption } from '@/components/ui/select';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { BulkAction, BulkResult, Me } from '@/lib/api/types';
import { hasPermission } from '@/lib/auth/permissions';
import { cn } from '@/lib/cn';
import { useBulkDecide } from '../api/bulk-decide';
import { useInboxBrands } from '../api/get-brands';
import { useInbox, type InboxFilters as Filters } from '../api/get-inbox';
import { useInboxCounts } from '../api/get-inbox-counts';
import { useInboxMembers } from '../api/get-members';
import { useInboxPersonas } from '../api/get-personas';
import { tabByKey } from '../lib/states';
import { BulkBar } from './bulk-bar';
import { BulkResults } from './bulk-results';
import { InboxFilters, type FilterValues } from './inbox-filters';
import { InboxRow, ROW_GRID } from './inbox-row';
import { RejectDialog } from './reject-dialog';
import { LIST_PANEL_ID, StateTabs } from './state-tabs';

const PARAMS = ['agent', 'channel', 'brand', 'persona', 'campaign'] as const;

function EmptyList({ tab, filtered, onClear }: { tab: string; filtered: boolean; onClear: () => void }) {
  if (filtered) {
    return (
      <EmptyState
        icon={SearchX}
        title="Nothing matches these filters"
        action={
          <Button variant="secondary" onClick={onClear}>
            Clear filters
          </Button>
        }
      >
        Try another channel, brand or campaign, or clear the filters.
      </EmptyState>
    );
  }
  const copy: Record<string, [string, string]> = {
    awaiting_review: ['Nothing waits for review', 'When the agents finish writing, their drafts land here for you to approve, edit or send back.'],
    in_progress: ['Nothing is being written', 'Start a brief and the agents write each channel here, live.'],
    approved: ['Nothing approved yet', 'Approved content shows here, ready to schedule.'],
    rejected: ['Nothing rejected', 'Rejected drafts and their reasons show here, so they can be written again.'],
    failed: ['No failures', 'When a draft cannot be written, it shows here with the reason and a way to try again.'],
    all: ['Your inbox is empty', 'Everything the agents write comes here for review before it goes anywhere.'],
  };
  const [title, body] = copy[tab] ?? copy.all;
  return (
    <EmptyState icon={Inbox} title={title}>
      {body}
    </EmptyState>
  );
}

/** The action inbox: what the agents wrote, by state, with filters and decisions in bulk. */
export function InboxPage({ me }: { me: Me }) {
  const [params, setParams] = useSearchParams();
  const tab = tabByKey(params.get('state'));
  const values: FilterValues = {
    agent: params.get('agent') ?? '',
    channel: params.get('channel') ?? '',
    brand: params.get('brand') ?? '',
    persona: params.get('persona') ?? '',
    campaign: params.get('campaign') ?? '',
    mine: params.get('mine') === '1',
  };
  const filtered = !!(values.agent || values.channel || values.brand || values.persona || values.campaign || values.mine);
  const filters: Filters = {
    state: tab.states.join(','),
    agent: values.agent,
    channel: values.channel,
    brandId: values.brand,
    personaId: values.persona,
    campaign: values.campaign,
    assigneeId: values.mine ? me.user.id : '',
  };

  const list = useInbox(filters);
  const counts = useInboxCounts();
  const brands = useInboxBrands();
  const personas = useInboxPersonas(values.brand || undefined);
  const members = useInboxMembers(hasPermission(me.permissions, 'members_read'));
  const bulk = useBulkDecide();

  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [rejecting, setRejecting] = useState(false);
  const [outcome, setOutcome] = useState<{ action: BulkAction; results: BulkResult[]; titles: Map<string, string> } | null>(null);

  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const brandNames = useMemo(() => new Map((brands.data?.items ?? []).map((b) => [b.id, b.name])), [brands.data]);
  const memberNames = useMemo(() => new Map((members.data?.items ?? []).map((m) => [m.user_id, m.name || m.email])), [members.data]);
  const personaOptions: SelectOption[] = useMemo(() => {
    if (values.brand) return (personas.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
    const seen = new Map<string, string>();
    for (const i of items) if (i.persona_id && i.persona_name) seen.set(i.persona_id, i.persona_name);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [values.brand, personas.data, items]);

  // Bulk decisions need `content_write`; whether the approval policy lets this person decide is per item, in the results.
  const mayDecide = hasPermission(me.permissions, 'content_write');
  const selectable = (state: string) => mayDecide && state === 'awaiting_review';
  const selectableIds = items.filter((i) => selectable(i.state)).map((i) => i.id);
  // Rows that left the list (decided elsewhere, filtered out) drop out of the selection.
  const chosen = selectableIds.filter((id) => selected.has(id));

  const update = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
    setSelected(new Set());
  };
  const onFilters = (patch: Partial<FilterValues>) => {
    const out: Record<string, string | null> = {};
    for (const [k, v] of Object.entries(patch)) out[k] = k === 'mine' ? (v ? '1' : null) : (v as string) || null;
    update(out);
  };
  const clearFilters = () => update({ ...Object.fromEntries(PARAMS.map((p) => [p, null])), mine: null });

  const assigneeName = (id: string | null | undefined) => {
    if (!id) return null;
    if (id === me.user.id) return 'You';
    return memberNames.get(id) ?? 'A teammate';
  };

  const decide = (action: BulkAction, reason?: string) => {
    const ids = chosen;
    const titles = new Map(items.filter((i) => ids.includes(i.id)).map((i) => [i.id, i.title]));
    bulk.mutate(
      { action, ids, reason: reason ?? null },
      {
        onSuccess: (out) => {
          setOutcome({ action, results: out.results, titles });
          setSelected(new Set(out.results.filter((r) => !r.ok).map((r) => r.id)));
          setRejecting(false);
        },
      },
    );
  };

  const nextPageError = list.isFetchNextPageError ? errorMessage(list.error) : null;
  const allChosen = selectableIds.length > 0 && chosen.length === selectableIds.length;

  return (
    <div>
      <PageHeader title="Inbox" description="Everything the agents write waits here for review. Approve it, edit it, or send it back with a reason." />
      <div className="flex flex-col gap-4">
        <StateTabs
          active={tab}
          counts={counts.data}
          onChange={(key) => {
            update({ state: key === 'awaiting_review' ? null : key });
            setOutcome(null);
          }}
        />
        <InboxFilters values={values} onChange={onFilters} brands={brands.data?.items ?? []} personas={personaOptions} onClear={clearFilters} />
        {outcome && <BulkResults action={outcome.action} results={outcome.results} titles={outcome.titles} onDismiss={() => setOutcome(null)} />}
        {bulk.isError && !rejecting && (
          <p role="alert" className="text-sm text-danger">
            {errorMessage(bulk.error)}
          </p>
        )}
        <Card id={LIST_PANEL_ID} role="tabpanel" aria-label={tab.label} className="overflow-hidden">
          {list.isPending ? (
            <SkeletonRows rows={5} label="Loading the inbox" />
          ) : list.isError ? (
            <ErrorState message={errorMessage(list.error)} onRetry={() => list.refetch()} />
          ) : items.length === 0 ? (
            <EmptyList tab={tab.key} filtered={filtered} onClear={clearFilters} />
          ) : (
            <>
              <div className={cn('flex items-center gap-3 border-b border-line bg-mist/60 px-4 py-2 text-xs font-semibold tracking-wide text-muted uppercase sm:px-5', ROW_GRID)}>
                <div className="flex w-6 justify-start md:w-auto md:justify-center">
                  {selectableIds.length > 0 && (
                    <input
                      type="checkbox"
                      checked={allChosen}
                      ref={(el) => {
                        if (el) el.indeterminate = chosen.length > 0 && !allChosen;
                      }}
                      onChange={(e) => setSelected(e.target.checked ? new Set(selectableIds) : new Set())}
                      aria-label="Select every item awaiting review"
                      className="size-5 cursor-pointer accent-[var(--color-primary)]"
                    />
                  )}
                </div>
                <span className="flex-1">Item</span>
                <span className="hidden md:block">Channel</span>
                <span className="hidden md:block">Score</span>
                <span className="hidden md:block">Assignee</span>
                <span className="hidden md:block">Age</span>
              </div>
              <ul aria-label="Inbox items" className="divide-y divide-line">
                {items.map((item) => (
                  <InboxRow
                    key={item.id}
                    item={item}
                    brandName={brandNames.get(item.brand_id)}
                    assignee={assigneeName(item.assignee_id)}
                    selectable={selectable(item.state)}
                    selected={selected.has(item.id)}
                    showState={tab.key === 'all' || tab.key === 'approved'}
                    onSelect={(on) =>
                      setSelected((s) => {
                        const n = new Set(s);
                        if (on) n.add(item.id);
                        else n.delete(item.id);
                        return n;
                      })
                    }
                  />
                ))}
              </ul>
              {list.hasNextPage && (
                <div className="flex justify-center border-t border-line py-4">
                  <Button variant="secondary" loading={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
                    Load more
                  </Button>
                </div>
              )}
              {nextPageError && (
                <p role="alert" className="pb-4 text-center text-sm text-danger">
                  {nextPageError}
                </p>
              )}
            </>
          )}
        </Card>
        {chosen.length > 0 && (
          <BulkBar count={chosen.length} pending={bulk.isPending} onApprove={() => decide('approve')} onReject={() => setRejecting(true)} onClear={() => setSelected(new Set())} />
        )}
      </div>
      <RejectDialog
        open={rejecting}
        onOpenChange={(o) => {
          setRejecting(o);
          if (!o) bulk.reset();
        }}
        what={`${chosen.length} item${chosen.length === 1 ? '' : 's'}`}
        onReject={(reason) => decide('reject', reason)}
        pending={bulk.isPending}
        error={rejecting && bulk.isError ? errorMessage(bulk.error) : null}
      />
    </div>
  );
}
