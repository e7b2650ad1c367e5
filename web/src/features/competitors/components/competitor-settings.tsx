import { Save } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { errorMessage } from '@/lib/api/problem';
import type { Competitor } from '@/lib/api/types';
import { useUpdateCompetitor } from '../api/update-competitor';
import type { Schedule } from '../lib/competitor-form';
import { SCHEDULES } from '../lib/snapshot-status';

/** How often the competitor is snapshotted and how significant a change must be to raise an alert. */
export function CompetitorSettings({ competitor: c }: { competitor: Competitor }) {
  const [schedule, setSchedule] = useState<Schedule>(c.schedule);
  const [threshold, setThreshold] = useState(Math.round(c.alert_threshold * 100));
  const update = useUpdateCompetitor();
  const dirty = schedule !== c.schedule || threshold !== Math.round(c.alert_threshold * 100);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ id: c.id, patch: { schedule, alert_threshold: threshold / 100 } });
  };
  return (
    <Card aria-labelledby="competitor-settings-title">
      <CardHeader>
        <CardTitle id="competitor-settings-title">Schedule and alerts</CardTitle>
        <CardDescription>Prices and plans weigh most in a change’s significance, wording least.</CardDescription>
      </CardHeader>
      <CardContent>
        <form noValidate onSubmit={submit} aria-label="Schedule and alerts" className="flex flex-col gap-4">
          <FormField id="competitor-edit-schedule" label="Snapshot schedule">
            <Select value={schedule} onValueChange={(v) => setSchedule(v as Schedule)} options={SCHEDULES.map((s) => ({ value: s.value, label: s.label, description: s.description }))} />
          </FormField>
          <FormField id="competitor-edit-threshold" label="Alert threshold" labelAside={<span className="text-sm font-medium tabular-nums">{threshold}%</span>}>
            <input
              type="range"
              min={0}
              max={100}
              step={5}
              value={threshold}
              aria-valuetext={`${threshold}%`}
              onChange={(e) => setThreshold(Number(e.target.value))}
              className="h-11 w-full cursor-pointer accent-primary"
            />
          </FormField>
          {update.isError && <Alert tone="danger">{errorMessage(update.error)}</Alert>}
          {update.isSuccess && !dirty && <Alert tone="success">Saved.</Alert>}
          <div className="flex justify-end">
            <Button type="submit" variant="secondary" disabled={!dirty} loading={update.isPending}>
              <Save aria-hidden="true" />
              Save
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
