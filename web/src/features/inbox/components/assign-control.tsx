import { UserRound } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { errorMessage } from '@/lib/api/problem';
import type { Member } from '@/lib/api/types';
import { useAssignItem } from '../api/assign-item';

const NOBODY = 'nobody';

/**
 * Who looks after the item. People who may list members pick anyone; others can take the item
 * themselves or hand it back.
 */
export function AssignControl({
  itemId,
  assigneeId,
  meId,
  members,
  assigneeName,
}: {
  itemId: string;
  assigneeId: string | null | undefined;
  meId: string;
  members: Member[] | null;
  assigneeName: string | null;
}) {
  const assign = useAssignItem();
  const error = assign.isError ? <p role="alert" className="text-xs text-danger">{errorMessage(assign.error)}</p> : null;
  if (members) {
    const options = [{ value: NOBODY, label: 'Unassigned' }, ...members.map((m) => ({ value: m.user_id, label: m.user_id === meId ? `${m.name || m.email} (you)` : m.name || m.email }))];
    return (
      <div className="flex min-w-0 flex-col gap-1">
        <label className="text-xs font-medium text-muted" htmlFor="assignee">
          Assignee
        </label>
        <Select
          id="assignee"
          aria-label="Assignee"
          value={assigneeId ?? NOBODY}
          onValueChange={(v) => assign.mutate({ id: itemId, userId: v === NOBODY ? null : v })}
          options={options}
          disabled={assign.isPending}
          className="min-w-48"
        />
        {error}
      </div>
    );
  }
  const mine = assigneeId === meId;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <p className="flex items-center gap-1.5 text-sm text-slate">
        <UserRound className="size-4 text-muted" aria-hidden="true" />
        {assigneeName ? `Assigned to ${assigneeName}` : 'Unassigned'}
      </p>
      <Button variant="link" className="self-start text-sm" loading={assign.isPending} onClick={() => assign.mutate({ id: itemId, userId: mine ? null : meId })}>
        {mine ? 'Unassign me' : 'Assign to me'}
      </Button>
      {error}
    </div>
  );
}
