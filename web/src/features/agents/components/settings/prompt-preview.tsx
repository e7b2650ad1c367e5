import { FileSearch } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { errorMessage, ProblemError } from '@/lib/api/problem';
import type { Channel } from '@/lib/api/types';
import { useBrands } from '@/features/agents/api/get-brands';
import { usePreviewPrompt } from '@/features/agents/api/preview-prompt';
import { CHANNELS } from '@/features/agents/lib/channels';
import { BrandSelect } from '../shared/brand-select';

/** The exact prompt the agents assemble for a brand and a channel, for admins who want to see what is sent. */
export function PromptPreviewCard() {
  const brands = useBrands();
  const [brandId, setBrandId] = useState('');
  const [channel, setChannel] = useState<Channel>('linkedin');
  const [keyMessage, setKeyMessage] = useState('Our new planner cuts weekly scheduling from two hours to ten minutes.');
  const preview = usePreviewPrompt();
  const chosenBrand = brandId || brands.data?.items[0]?.id || '';
  const fieldError = (f: string) => (preview.error instanceof ProblemError ? preview.error.errors.find((e) => e.field === f)?.message : undefined);
  const otherError = preview.isError && !fieldError('key_message') && !fieldError('brand_id') && !fieldError('channels') ? errorMessage(preview.error) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!chosenBrand) return;
    preview.mutate({ brand_id: chosenBrand, channels: [channel], key_message: keyMessage });
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>Prompt preview</CardTitle>
        <CardDescription>See the exact instructions a language model receives for a brand and a channel: the brand facts, the voice, the platform rules and the brief.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {brands.isSuccess && brands.data.items.length === 0 ? (
          <p className="text-sm text-muted">Create a brand to preview its prompts.</p>
        ) : (
          <form noValidate onSubmit={submit} className="grid gap-4 md:grid-cols-[1fr_1fr_2fr_auto] md:items-end" aria-label="Prompt preview">
            <FormField id="preview-brand" label="Brand" error={fieldError('brand_id')}>
              <BrandSelect brands={brands.data?.items ?? []} value={chosenBrand} onChange={setBrandId} disabled={!brands.isSuccess} />
            </FormField>
            <FormField id="preview-channel" label="Channel" error={fieldError('channels')}>
              <Select value={channel} onValueChange={(v) => setChannel(v as Channel)} options={CHANNELS.map((c) => ({ value: c.value, label: c.label }))} />
            </FormField>
            <FormField id="preview-key-message" label="Key message" error={fieldError('key_message')}>
              <Input value={keyMessage} onChange={(e) => setKeyMessage(e.target.value)} maxLength={1000} />
            </FormField>
            <Button type="submit" variant="secondary" loading={preview.isPending} disabled={!chosenBrand}>
              <FileSearch aria-hidden="true" />
              Show prompt
            </Button>
          </form>
        )}
        {otherError && <Alert tone="danger">{otherError}</Alert>}
        {preview.data && (
          <div className="flex flex-col gap-4" data-testid="prompt-preview">
            <p className="flex items-center gap-2 text-sm text-muted">
              Prompt version <Badge tone="primary">{preview.data.version}</Badge>
            </p>
            <PromptBlock title="System" text={preview.data.system} />
            <PromptBlock title="User" text={preview.data.user} />
          </div>
        )}
      </CardContent>
    </Card>
  );
}

function PromptBlock({ title, text }: { title: string; text: string }) {
  return (
    <section aria-label={`${title} prompt`}>
      <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-muted uppercase">{title}</h3>
      <pre tabIndex={0} className="max-h-96 overflow-auto rounded-[var(--radius-button)] border border-line bg-mist p-4 text-xs leading-relaxed whitespace-pre-wrap text-ink">
        {text}
      </pre>
    </section>
  );
}
