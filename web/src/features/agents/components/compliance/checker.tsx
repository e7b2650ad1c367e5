import { ShieldCheck } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { Spinner } from '@/components/ui/spinner';
import { errorMessage, ProblemError } from '@/lib/api/problem';
import type { BrandSummary } from '@/lib/api/types';
import { useComplianceCheck } from '@/features/agents/api/check-compliance';
import { useDebouncedWithFlush } from '@/lib/use-debounced';
import { CHANNELS } from '@/features/agents/lib/channels';
import { BrandSelect } from '../shared/brand-select';
import { Textarea } from '@/components/ui/textarea';
import { ComplianceReport } from './compliance-report';

const GENERAL = '__general__';

/** Where the text will appear: a channel, or a creator's sponsored post. */
export const CHECK_CONTEXTS = [
  { value: GENERAL, label: 'Anywhere' },
  ...CHANNELS.map((c) => ({ value: c.value as string, label: c.label })),
  { value: 'influencer', label: 'Influencer post' },
];

/** Paste a text, see its score and findings; it is checked again half a second after typing stops. */
export function Checker({ brands }: { brands: BrandSummary[] }) {
  const [text, setText] = useState('');
  const [brandId, setBrandId] = useState('');
  const [channel, setChannel] = useState(GENERAL);
  const [checked, flush] = useDebouncedWithFlush(text, 500);
  const check = useComplianceCheck({ text: checked, brand_id: brandId || null, channel: channel === GENERAL ? null : channel });
  const fieldError = (f: string) => (check.error instanceof ProblemError ? check.error.errors.find((e) => e.field === f)?.message : undefined);
  const textError = fieldError('text');
  const pending = text !== checked || check.isFetching;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    flush();
    if (text === checked) void check.refetch();
  };

  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <Card>
        <CardContent>
          <form noValidate onSubmit={submit} className="flex flex-col gap-4" aria-label="Brand compliance check">
            <FormField id="check-text" label="Text to check" error={textError} hint="Banned terms, risky claims, missing disclosures, tone and readability. Checked again as you type.">
              <Textarea rows={6} className="sm:min-h-56" value={text} onChange={(e) => setText(e.target.value)} placeholder="Paste a post, an ad or an email…" />
            </FormField>
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField id="check-brand" label="Brand" error={fieldError('brand_id')} hint="Adds the brand's banned terms, voice and disclaimers; without one, the general rules apply.">
                <BrandSelect brands={brands} value={brandId} onChange={setBrandId} none="No brand" />
              </FormField>
              <FormField id="check-channel" label="Where it will appear" error={fieldError('channel')}>
                <Select value={channel} onValueChange={setChannel} options={CHECK_CONTEXTS} />
              </FormField>
            </div>
            <div className="flex items-center justify-end gap-3">
              {check.data && !pending && (
                <a href="#check-results" className="mr-auto text-sm font-medium text-primary underline-offset-4 hover:underline lg:hidden">
                  Score {check.data.result.score} · {check.data.result.findings.length} {check.data.result.findings.length === 1 ? 'finding' : 'findings'} ↓
                </a>
              )}
              {pending && text.trim() && <Spinner size="sm" label="Checking" />}
              <Button type="submit" disabled={!text.trim()}>
                <ShieldCheck aria-hidden="true" />
                Check
              </Button>
            </div>
          </form>
        </CardContent>
      </Card>
      <Card id="check-results" aria-live="polite" className="scroll-mt-20">
        <CardContent>
          {!checked.trim() ? (
            <EmptyState icon={ShieldCheck} title="Nothing checked yet" className="py-8">
              Paste or write a text on the left. You will see a score, each finding underlined in place with a suggested fix, and readability figures.
            </EmptyState>
          ) : check.isError && !check.data ? (
            <Alert tone="danger">{errorMessage(check.error)}</Alert>
          ) : check.data ? (
            <div className={pending ? 'opacity-60 transition-opacity' : undefined}>
              {check.isError && (
                <Alert tone="danger" className="mb-4">
                  {errorMessage(check.error)}
                </Alert>
              )}
              <ComplianceReport text={check.data.text} result={check.data.result} />
            </div>
          ) : (
            <div className="flex justify-center py-10">
              <Spinner label="Checking" />
            </div>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
