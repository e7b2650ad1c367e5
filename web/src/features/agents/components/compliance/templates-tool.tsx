import { FileText } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/empty-state';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { SkeletonRows } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api/problem';
import type { BrandSummary } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { useWritingTemplates } from '@/features/agents/api/get-writing-templates';
import { useRenderTemplate } from '@/features/agents/api/render-template';
import { countWords, type WritingTemplate } from '@/features/agents/lib/templates';
import { BrandSelect } from '../shared/brand-select';
import { Textarea } from '@/components/ui/textarea';
import { ComplianceReport } from './compliance-report';

/** Pick a template, write each section within its word limit, and render it checked against a brand. */
export function TemplatesTool({ brands }: { brands: BrandSummary[] }) {
  const templates = useWritingTemplates();
  const [chosen, setChosen] = useState('');
  if (templates.isPending)
    return (
      <Card>
        <SkeletonRows rows={3} label="Loading templates" />
      </Card>
    );
  if (templates.isError)
    return (
      <Card>
        <ErrorState message={errorMessage(templates.error)} onRetry={() => templates.refetch()} />
      </Card>
    );
  const list = templates.data;
  if (list.length === 0)
    return (
      <Card>
        <CardContent>
          <p className="text-sm text-muted">No writing templates are available.</p>
        </CardContent>
      </Card>
    );
  const template = list.find((t) => t.id === chosen) ?? list[0];
  return (
    <div className="flex flex-col gap-4">
      <div className="max-w-md">
        <FormField id="template-pick" label="Template">
          <Select value={template.id} onValueChange={setChosen} options={list.map((t) => ({ value: t.id, label: t.name }))} />
        </FormField>
      </div>
      <TemplateForm key={template.id} template={template} brands={brands} />
    </div>
  );
}

function TemplateForm({ template, brands }: { template: WritingTemplate; brands: BrandSummary[] }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [brandId, setBrandId] = useState('');
  const render = useRenderTemplate();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    render.mutate({ id: template.id, body: { brand_id: brandId || null, values } });
  };

  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <Card>
        <CardHeader>
          <CardTitle>{template.name}</CardTitle>
          <CardDescription>{template.description}</CardDescription>
        </CardHeader>
        <CardContent>
          <form noValidate onSubmit={submit} className="flex flex-col gap-5" aria-label={`${template.name} template`}>
            {template.sections.map((s) => {
              const words = countWords(values[s.key] ?? '');
              const over = s.maxWords !== null && words > s.maxWords;
              return (
                <FormField
                  key={s.key}
                  id={`section-${s.key}`}
                  label={s.label}
                  hint={s.guidance}
                  labelAside={
                    s.maxWords !== null ? (
                      <span className={cn('text-xs tabular-nums', over ? 'font-semibold text-danger' : 'text-muted')} aria-live="polite">
                        {words}/{s.maxWords} words
                      </span>
                    ) : undefined
                  }
                  error={over ? `Keep it to ${s.maxWords} words or fewer.` : undefined}
                >
                  <Textarea rows={s.default ? 4 : 2} value={values[s.key] ?? ''} onChange={(e) => setValues((v) => ({ ...v, [s.key]: e.target.value }))} placeholder={s.default ?? undefined} />
                </FormField>
              );
            })}
            <FormField id="template-brand" label="Check against">
              <BrandSelect brands={brands} value={brandId} onChange={setBrandId} none="No brand" />
            </FormField>
            <div className="flex justify-end">
              <Button type="submit" loading={render.isPending}>
                <FileText aria-hidden="true" />
                Render
              </Button>
            </div>
          </form>
        </CardContent>
      </Card>
      <Card aria-live="polite">
        <CardContent>
          {render.isError && <Alert tone="danger">{errorMessage(render.error)}</Alert>}
          {render.data ? (
            <div className="flex flex-col gap-5">
              <div>
                <h3 className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">Rendered text</h3>
                <pre tabIndex={0} className="max-h-80 overflow-auto rounded-[var(--radius-button)] border border-line bg-mist p-4 font-sans text-sm whitespace-pre-wrap text-ink" data-testid="rendered-text">
                  {render.data.text || '(empty)'}
                </pre>
              </div>
              <ComplianceReport text={render.data.text} result={render.data.check} showText={false} />
            </div>
          ) : (
            !render.isError && <p className="py-8 text-center text-sm text-muted">Fill the sections and render: the text is joined in order and checked against the brand.</p>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
