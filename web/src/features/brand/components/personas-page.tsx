import { Image, MessageSquareQuote, Pencil, Plus, Trash2, Users } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { Persona } from '@/lib/api/types';
import { usePermission } from '@/lib/auth/permissions';
import { useDeletePersona } from '../api/delete-persona';
import { usePersonas } from '../api/get-personas';
import { PersonaDialog } from './persona-dialog';
import { stageOf } from './persona-stages';

/** Buyer personas of a brand as cards, with an editor dialog (FR-1.4.1). */
export function PersonasPage({ brandId }: { brandId: string }) {
  const personas = usePersonas(brandId);
  const canEdit = usePermission('content_write');
  const [editing, setEditing] = useState<Persona | null>(null);
  const [open, setOpen] = useState(false);
  const [deleting, setDeleting] = useState<Persona | null>(null);
  const remove = useDeletePersona(brandId);
  const openEditor = (p: Persona | null) => {
    setEditing(p);
    setOpen(true);
  };
  const newButton = canEdit && (
    <Button onClick={() => openEditor(null)}>
      <Plus aria-hidden="true" />
      New persona
    </Button>
  );

  return (
    <div>
      <PageHeader title="Personas" description="The people you talk to. Assets and content link to personas so every draft knows its reader." actions={newButton} />
      {personas.isPending ? (
        <div role="status" aria-label="Loading personas" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-44 rounded-[var(--radius-card)]" />
          ))}
        </div>
      ) : personas.isError ? (
        <Card>
          <ErrorState message={errorMessage(personas.error)} onRetry={() => personas.refetch()} />
        </Card>
      ) : personas.data.items.length === 0 ? (
        <Card>
          <EmptyState icon={Users} title="No personas yet" action={newButton}>
            Describe two or three typical buyers: who they are, what they want and what stops them.
          </EmptyState>
        </Card>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {personas.data.items.map((p) => (
            <li key={p.id}>
              <PersonaCard persona={p} canEdit={canEdit} onEdit={() => openEditor(p)} onDelete={() => setDeleting(p)} />
            </li>
          ))}
        </ul>
      )}
      <PersonaDialog brandId={brandId} persona={editing} open={open} onOpenChange={setOpen} />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(o) => {
          if (!o) {
            setDeleting(null);
            remove.reset();
          }
        }}
        title={`Delete ${deleting?.name ?? 'persona'}?`}
        description="Assets linked to this persona stay in the library; only the link goes."
        confirmLabel="Delete persona"
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove.mutateAsync(deleting.id);
            setDeleting(null);
          } catch {
            // shown in the dialog
          }
        }}
      />
    </div>
  );
}

function PersonaCard({ persona, canEdit, onEdit, onDelete }: { persona: Persona; canEdit: boolean; onEdit: () => void; onDelete: () => void }) {
  const stage = stageOf(persona.buying_stage);
  const d = persona.details;
  const facts = [d.demographics.job_title, d.demographics.age_range && `${d.demographics.age_range} years`, d.demographics.location].filter(Boolean);
  return (
    <Card className="flex h-full flex-col gap-3 p-5">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 className="truncate font-heading text-base font-semibold text-ink">{persona.name}</h2>
          {facts.length > 0 && <p className="truncate text-sm text-muted">{facts.join(' · ')}</p>}
        </div>
        <Badge tone={stage.tone}>{stage.label}</Badge>
      </div>
      {d.summary && <p className="line-clamp-3 text-sm text-slate">{d.summary}</p>}
      {d.quote && (
        <p className="flex gap-2 text-sm text-slate italic">
          <MessageSquareQuote className="mt-0.5 size-4 shrink-0 text-coral" aria-hidden="true" />
          <span className="line-clamp-2">{d.quote}</span>
        </p>
      )}
      {d.preferred_channels.length > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label="Preferred channels">
          {d.preferred_channels.map((c) => (
            <li key={c}>
              <Badge>{c}</Badge>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-auto flex items-center justify-between gap-2 border-t border-line pt-3">
        <span className="inline-flex items-center gap-1.5 text-xs text-muted">
          <Image className="size-3.5" aria-hidden="true" />
          {persona.asset_count} linked asset{persona.asset_count === 1 ? '' : 's'}
        </span>
        <div className="flex gap-1">
          <Button variant="ghost" size="sm" onClick={onEdit} aria-label={`${canEdit ? 'Edit' : 'View'} ${persona.name}`}>
            <Pencil aria-hidden="true" />
            {canEdit ? 'Edit' : 'View'}
          </Button>
          {canEdit && (
            <Button variant="ghost" size="sm" onClick={onDelete} aria-label={`Delete ${persona.name}`}>
              <Trash2 aria-hidden="true" />
            </Button>
          )}
        </div>
      </div>
    </Card>
  );
}
