import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { errorMessage, isProblem } from '@/lib/api/problem';
import type { Brand } from '@/lib/api/types';
import { usePublishBrand } from '../api/publish-brand';

/** Where to go once the brand is published: brief the agents for first drafts, or look at the brand kit. */
export type AfterPublish = 'drafts' | 'kit';

/** Step 4: a last look at the brand, its first published version, then the first brief. */
export function StepPublish({ brand, onPublished }: { brand: Brand; onPublished: (next: AfterPublish) => void }) {
  const [message, setMessage] = useState('First version of our brand guidelines');
  const publish = usePublishBrand();
  const d = brand.draft;
  const palette = d.visual?.palette ?? [];
  const alreadyPublished = isProblem(publish.error, 'nothing_to_publish');
  const [next, setNext] = useState<AfterPublish>('drafts');
  const publishThen = (after: AfterPublish) => {
    setNext(after);
    publish.mutate({ id: brand.id, message: message.trim() }, { onSuccess: () => onPublished(after) });
  };

  return (
    <form
      noValidate
      className="flex flex-col gap-6"
      onSubmit={(e) => {
        e.preventDefault();
        publishThen('drafts');
      }}
    >
      <div className="rounded-[var(--radius-card)] border border-line p-5" data-testid="publish-summary">
        <p className="font-heading text-xl font-semibold text-ink">{d.name || brand.name}</p>
        {d.tagline && <p className="mt-1 text-slate">{d.tagline}</p>}
        {d.mission && <p className="mt-3 text-sm text-muted">{d.mission}</p>}
        {palette.length > 0 ? (
          <ul className="mt-4 flex flex-wrap gap-2" aria-label="Palette">
            {palette.map((c, i) => (
              <li key={i} className="flex items-center gap-2 rounded-full border border-line py-1 pr-3 pl-1 text-xs text-slate">
                <span className="size-5 rounded-full border border-black/10" style={{ background: c.hex }} aria-hidden="true" />
                {c.role} {c.hex}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4 text-sm text-muted">No palette yet: you can add one later on the Visual identity page.</p>
        )}
      </div>
      <p className="text-sm text-slate">
        Publishing freezes this version for your team and the AI agents. Every member is notified, and every later change becomes a new version you can compare or restore. Then brief the agents: their first drafts
        land in your inbox, already checked against this brand.
      </p>
      <FormField id="publish-message" label="What is in this version?">
        <Input value={message} onChange={(e) => setMessage(e.target.value)} maxLength={500} />
      </FormField>
      {publish.isError && (
        <Alert tone={alreadyPublished ? 'info' : 'danger'}>{alreadyPublished ? 'This version is already published.' : errorMessage(publish.error)}</Alert>
      )}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {alreadyPublished ? (
          <>
            <Button variant="secondary" onClick={() => onPublished('kit')}>
              Open the brand kit
            </Button>
            <Button onClick={() => onPublished('drafts')}>Write first drafts</Button>
          </>
        ) : (
          <>
            <Button variant="secondary" loading={publish.isPending && next === 'kit'} disabled={!message.trim() || publish.isPending} onClick={() => publishThen('kit')}>
              Publish brand kit
            </Button>
            <Button type="submit" loading={publish.isPending && next === 'drafts'} disabled={!message.trim() || publish.isPending}>
              Publish and write first drafts
            </Button>
          </>
        )}
      </div>
    </form>
  );
}
