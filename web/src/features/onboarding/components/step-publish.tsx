import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { errorMessage, isProblem } from '@/lib/api/problem';
import type { Brand } from '@/lib/api/types';
import { usePublishBrand } from '../api/publish-brand';

/** Step 4: a last look at the brand, then its first published version. */
export function StepPublish({ brand, onPublished }: { brand: Brand; onPublished: () => void }) {
  const [message, setMessage] = useState('First version of our brand guidelines');
  const publish = usePublishBrand();
  const d = brand.draft;
  const palette = d.visual?.palette ?? [];
  const alreadyPublished = isProblem(publish.error, 'nothing_to_publish');

  return (
    <form
      noValidate
      className="flex flex-col gap-6"
      onSubmit={(e) => {
        e.preventDefault();
        publish.mutate({ id: brand.id, message: message.trim() }, { onSuccess: onPublished });
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
      <p className="text-sm text-slate">Publishing freezes this version for your team and the AI agents. Every member is notified, and every later change becomes a new version you can compare or restore.</p>
      <FormField id="publish-message" label="What is in this version?">
        <Input value={message} onChange={(e) => setMessage(e.target.value)} maxLength={500} />
      </FormField>
      {publish.isError && (
        <Alert tone={alreadyPublished ? 'info' : 'danger'}>{alreadyPublished ? 'This version is already published.' : errorMessage(publish.error)}</Alert>
      )}
      <div className="flex justify-end gap-2">
        {alreadyPublished && (
          <Button variant="secondary" onClick={onPublished}>
            Open the brand kit
          </Button>
        )}
        <Button type="submit" loading={publish.isPending} disabled={!message.trim()}>
          Publish brand kit
        </Button>
      </div>
    </form>
  );
}
