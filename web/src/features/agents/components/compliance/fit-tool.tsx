import { Scissors } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { errorMessage, ProblemError } from '@/lib/api/problem';
import type { Channel } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { useFormatText } from '@/features/agents/api/format-text';
import { usePlatformLimits } from '@/features/agents/api/get-platform-rules';
import { SOCIAL_CHANNELS } from '@/features/agents/lib/channels';
import { Textarea } from '@/components/ui/textarea';

/** Paste a text, pick a social platform, and see it fitted: a numbered thread where the platform has threads. */
export function FitTool() {
  const [channel, setChannel] = useState<Channel>('x');
  const [text, setText] = useState('');
  const format = useFormatText();
  const limits = usePlatformLimits();
  const limit = limits.data?.[channel];
  const fieldError = (f: string) => (format.error instanceof ProblemError ? format.error.errors.find((e) => e.field === f)?.message : undefined);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) format.mutate({ channel, text });
  };
  const result = format.data;

  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <Card>
        <CardContent>
          <form noValidate onSubmit={submit} className="flex flex-col gap-4" aria-label="Fit to platform">
            <FormField id="fit-channel" label="Platform" error={fieldError('channel')} hint={limit ? `${limit.name}: ${limit.limit.toLocaleString('en')} ${limit.counting} per post${limit.threads ? '; longer texts become a thread' : ''}.` : undefined}>
              <Select
                value={channel}
                onValueChange={(v) => {
                  setChannel(v as Channel);
                  format.reset();
                }}
                options={SOCIAL_CHANNELS.map((c) => ({ value: c.value, label: c.label }))}
              />
            </FormField>
            <FormField id="fit-text" label="Text" error={fieldError('text')}>
              <Textarea rows={10} value={text} onChange={(e) => setText(e.target.value)} placeholder="Paste the text to fit…" />
            </FormField>
            <div className="flex justify-end">
              <Button type="submit" loading={format.isPending} disabled={!text.trim()}>
                <Scissors aria-hidden="true" />
                Fit to platform
              </Button>
            </div>
          </form>
        </CardContent>
      </Card>
      <Card aria-live="polite">
        <CardContent className="flex flex-col gap-4">
          {format.isError && !fieldError('channel') && !fieldError('text') && <Alert tone="danger">{errorMessage(format.error)}</Alert>}
          {!result ? (
            <p className="py-8 text-center text-sm text-muted">The fitted text appears here: hashtags moved where the platform wants them, links and line breaks tidied, long texts split at sentence ends.</p>
          ) : (
            <>
              <div className="flex items-center justify-between gap-2">
                <h3 className="font-heading font-semibold text-ink">{result.parts.length === 1 ? 'One post' : `A thread of ${result.parts.length} posts`}</h3>
                {result.violations.length === 0 ? <Badge tone="success">Fits</Badge> : <Badge tone="danger">{result.violations.length} to fix</Badge>}
              </div>
              <ol className="flex flex-col gap-3" aria-label="Posts" data-testid="fitted-parts">
                {result.parts.map((p, i) => {
                  const count = result.counts[i] ?? 0;
                  const over = limit ? count > limit.limit : false;
                  return (
                    <li key={i} className="flex gap-3">
                      <span className="mt-1 flex size-6 shrink-0 items-center justify-center rounded-full bg-primary-soft text-xs font-semibold text-primary-hover tabular-nums">{i + 1}</span>
                      <div className="min-w-0 flex-1 rounded-[var(--radius-button)] border border-line p-3">
                        <p className="text-sm whitespace-pre-wrap text-ink">{p}</p>
                        <p className={cn('mt-2 text-right text-xs tabular-nums', over ? 'font-semibold text-danger' : 'text-muted')}>
                          {count.toLocaleString('en')}
                          {limit ? ` / ${limit.limit.toLocaleString('en')}` : ''}
                        </p>
                      </div>
                    </li>
                  );
                })}
              </ol>
              {result.changes.length > 0 && (
                <div>
                  <h4 className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">What changed</h4>
                  <ul className="list-disc pl-5 text-sm text-slate">
                    {result.changes.map((c, i) => (
                      <li key={i}>{c}</li>
                    ))}
                  </ul>
                </div>
              )}
              {result.violations.length > 0 && (
                <ul className="flex flex-col gap-2" aria-label="Rule violations">
                  {result.violations.map((v, i) => (
                    <li key={i} className="flex items-start gap-2 text-sm">
                      <Badge tone={v.blocking ? 'danger' : 'warning'}>{v.blocking ? 'Refused' : 'Advice'}</Badge>
                      <span className="text-ink">
                        {result.parts.length > 1 && <span className="font-medium">Post {v.part + 1}: </span>}
                        {v.message}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
