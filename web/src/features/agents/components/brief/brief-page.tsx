import { Fingerprint, Send } from 'lucide-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/spinner';
import { errorMessage, isProblem, ProblemError } from '@/lib/api/problem';
import type { BrandSummary } from '@/lib/api/types';
import { useBrand } from '@/features/agents/api/get-brand';
import { useBrands } from '@/features/agents/api/get-brands';
import { useCredits } from '@/features/agents/api/get-credits';
import { useCreateRun } from '@/features/agents/api/create-run';
import { useWriter } from '@/features/agents/api/get-writer';
import {
  applySuggestion,
  briefField,
  emptyBrief,
  languageProblem,
  MAX_KEYWORDS,
  MAX_RESEARCH,
  TONE_AXES,
  toBriefInput,
  toneFrom,
  validateBrief,
  type BriefForm,
} from '@/features/agents/lib/brief-form';
import { isWritingLanguage, LANGUAGE_OPTIONS, languageName } from '@/lib/languages';
import { estimateCredits } from '@/features/agents/lib/credit-estimate';
import { BrandSelect } from '../shared/brand-select';
import { ChipInput } from '../shared/chip-input';
import { ChoiceGroup } from '../shared/choice-group';
import { Textarea } from '@/components/ui/textarea';
import { ToneSlider } from '@/components/ui/tone-slider';
import { RecentRuns } from '../runs/recent-runs';
import { ChannelPicker } from './channel-picker';
import { EstimateLine } from './estimate-line';
import { PersonaPicker } from './persona-picker';
import { ResearchFacts, ResearchPicker } from './research-picker';

/** Where each field's error takes the focus. */
const FIELD_IDS: Record<string, string> = {
  brand_id: 'brief-brand',
  persona_ids: 'brief-personas',
  channels: 'brief-channels',
  topic: 'brief-topic',
  goal: 'brief-goal',
  key_message: 'brief-key-message',
  call_to_action: 'brief-cta',
  cta_url: 'brief-cta-url',
  campaign: 'brief-campaign',
  language: 'brief-language',
  theme: 'brief-theme',
  variants: 'brief-variants',
  email_sequence_length: 'brief-sequence',
  keywords: 'brief-keywords',
  tone_override: 'brief-tone',
  research: 'brief-research',
};

/** Where a language model is connected. */
const AI_SETTINGS_PATH = '/settings/ai';
/** The language select's value for "the brand's language" (a select cannot hold ''). */
const BRAND_LANGUAGE = 'brand';

function focusFirst(errors: Record<string, string>) {
  const first = Object.keys(FIELD_IDS).find((k) => errors[k]);
  if (first) document.getElementById(FIELD_IDS[first])?.focus();
}

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Card>
      <CardContent className="flex flex-col gap-5">
        <div>
          <h2 className="text-base font-semibold text-ink">{title}</h2>
          {description && <p className="mt-0.5 text-sm text-muted">{description}</p>}
        </div>
        {children}
      </CardContent>
    </Card>
  );
}

export function BriefPage({ canWrite }: { canWrite: boolean }) {
  const brands = useBrands();
  const [params] = useSearchParams();

  if (brands.isPending) return <PageSpinner label="Loading your brands" />;
  if (brands.isError)
    return (
      <>
        <Header />
        <Card>
          <ErrorState message={errorMessage(brands.error)} onRetry={() => brands.refetch()} />
        </Card>
      </>
    );
  if (brands.data.items.length === 0)
    return (
      <>
        <Header />
        <Card>
          <EmptyState
            icon={Fingerprint}
            title="Create a brand first"
            action={
              <Button asChild>
                <Link to="/brands">Go to brands</Link>
              </Button>
            }
          >
            The agents write from a brand's foundation, voice and personas. Set up a brand, then come back to brief them.
          </EmptyState>
        </Card>
      </>
    );

  const wanted = params.get('brand');
  const initial = brands.data.items.find((b) => b.id === wanted)?.id ?? brands.data.items[0].id;
  // A link to another brand (`/create?brand=…`) starts a fresh brief for it.
  return <BriefEditor key={initial} brands={brands.data.items} initialBrandId={initial} canWrite={canWrite} />;
}

function Header() {
  return (
    <PageHeader
      title="New brief"
      description="Tell the agents what to say and where. Every channel becomes an inbox item per persona, each with variants to choose from; nothing is published until someone approves it."
    />
  );
}

export function BriefEditor({ brands, initialBrandId, canWrite }: { brands: BrandSummary[]; initialBrandId: string; canWrite: boolean }) {
  const [form, setForm] = useState<BriefForm>(() => emptyBrief(initialBrandId));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [creditError, setCreditError] = useState<string | null>(null);
  const [startedFrom, setStartedFrom] = useState<string | null>(null);
  const brand = useBrand(form.brandId);
  const credits = useCredits();
  const create = useCreateRun();
  const writer = useWriter();
  const navigate = useNavigate();
  const brandLanguage = brand.data?.draft.language ?? 'en';
  const language = form.language || brandLanguage;
  const unsupported = languageProblem(writer.data, language);

  const emailOn = form.channels.includes('email');
  const blogOn = form.channels.includes('blog');
  const estimate = estimateCredits({
    channels: form.channels,
    personas: form.personaIds.length,
    variants: form.variants,
    emailSequenceLength: emailOn ? form.emailSequenceLength : 1,
    creditsPer1000: credits.data?.credits_per_1000_words,
  });

  const set = <K extends keyof BriefForm>(key: K, value: BriefForm[K], errorKey: string = key) => {
    setForm((f) => ({ ...f, [key]: value }));
    if (errors[errorKey]) setErrors(({ [errorKey]: _, ...rest }) => rest);
    setCreditError(null);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    setCreditError(null);
    const local = validateBrief(form);
    // The writer cannot write this language: say so here rather than have the run refused.
    if (unsupported) local.language = 'Not sent: pick a language the writer knows, or connect a language model.';
    setErrors(local);
    if (Object.keys(local).length > 0) {
      focusFirst(local);
      return;
    }
    create.mutate(toBriefInput(form), {
      onSuccess: (run) => navigate(`/create/runs/${run.id}`),
      onError: (err) => {
        if (isProblem(err, 'insufficient_credits')) {
          setCreditError(err.detail);
          void credits.refetch();
          return;
        }
        if (isProblem(err, 'language_unsupported') && err.errors.length === 0) {
          setErrors({ language: err.detail });
          focusFirst({ language: err.detail });
          void writer.refetch();
          return;
        }
        if (isProblem(err, 'language_unsupported')) void writer.refetch();
        if (err instanceof ProblemError && err.errors.length > 0) {
          const next: Record<string, string> = {};
          const other: string[] = [];
          for (const fe of err.errors) {
            const key = briefField(fe.field);
            if (key in FIELD_IDS) next[key] ??= fe.message;
            else other.push(fe.field ? `${fe.field}: ${fe.message}` : fe.message);
          }
          setErrors(next);
          if (other.length > 0) setFormError(other.join(' '));
          focusFirst(next);
          return;
        }
        setFormError(errorMessage(err));
      },
    });
  };

  const voiceTone = brand.data?.draft.voice?.tone;

  return (
    <>
      <Header />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <form id="brief-form" noValidate onSubmit={submit} className="flex min-w-0 flex-col gap-6" aria-label="New brief">
          {!canWrite && (
            <Alert tone="info" title="You can look, not send">
              Your role cannot start generations. Ask a Creator, Manager or Admin to send this brief.
            </Alert>
          )}
          <ResearchPicker
            onChoose={(source) => {
              setForm((f) => applySuggestion(f, source.suggestion));
              setErrors(({ topic: _t, goal: _g, key_message: _k, keywords: _w, channels: _c, research: _r, ...rest }) => rest);
              setStartedFrom(source.title);
            }}
          />
          {startedFrom && (
            <Alert tone="success" onDismiss={() => setStartedFrom(null)}>
              Filled from “{startedFrom}”. Review the brief, pick the personas, then send it.
            </Alert>
          )}
          <Section title="Brand and audience" description="The agents write from this brand's foundation and voice, for the personas you pick.">
            <FormField id="brief-brand" label="Brand" error={errors.brand_id}>
              <BrandSelect
                brands={brands}
                value={form.brandId}
                onChange={(id) => {
                  setForm((f) => ({ ...f, brandId: id, personaIds: [], toneOverride: null }));
                  setErrors(({ brand_id: _b, persona_ids: _p, ...rest }) => rest);
                }}
              />
            </FormField>
            <div id="brief-personas" tabIndex={-1} className="focus:outline-none">
              <PersonaPicker brandId={form.brandId} value={form.personaIds} onChange={(ids) => set('personaIds', ids, 'persona_ids')} error={errors.persona_ids} />
            </div>
          </Section>

          <Section title="Channels" description="Pick where the content will run. Each card becomes one inbox item per persona.">
            <ChannelPicker value={form.channels} onChange={(c) => set('channels', c)} error={errors.channels} />
          </Section>

          <Section title="Message">
            <FormField id="brief-topic" label="Topic" error={errors.topic} hint="Optional. What the content is about.">
              <Input value={form.topic} maxLength={200} onChange={(e) => set('topic', e.target.value)} placeholder="Scheduling for small teams" />
            </FormField>
            <FormField id="brief-key-message" label="Key message" error={errors.key_message} hint="The one thing every draft must say. Required.">
              <Textarea rows={3} value={form.keyMessage} maxLength={1000} required onChange={(e) => set('keyMessage', e.target.value, 'key_message')} placeholder="Our new planner cuts weekly scheduling from two hours to ten minutes." />
            </FormField>
            <FormField id="brief-goal" label="Goal" error={errors.goal} hint="What the content should achieve, e.g. launch week sign-ups.">
              <Input value={form.goal} maxLength={500} onChange={(e) => set('goal', e.target.value)} />
            </FormField>
            <div className="grid gap-5 sm:grid-cols-2">
              <FormField id="brief-cta" label="Call to action" error={errors.call_to_action}>
                <Input value={form.callToAction} maxLength={200} onChange={(e) => set('callToAction', e.target.value, 'call_to_action')} placeholder="Start your free trial" />
              </FormField>
              <FormField id="brief-cta-url" label="Link" error={errors.cta_url}>
                <Input type="url" inputMode="url" value={form.ctaUrl} onChange={(e) => set('ctaUrl', e.target.value, 'cta_url')} placeholder="https://example.com/trial" />
              </FormField>
            </div>
            <div className="grid gap-5 sm:grid-cols-2">
              <FormField id="brief-language" label="Language" error={errors.language} hint={`Defaults to the brand's, ${languageName(brandLanguage)}.`}>
                <Select
                  value={form.language || BRAND_LANGUAGE}
                  onValueChange={(v) => set('language', isWritingLanguage(v) ? v : '')}
                  options={[{ value: BRAND_LANGUAGE, label: `Brand's language (${languageName(brandLanguage)})` }, ...LANGUAGE_OPTIONS]}
                />
              </FormField>
              <FormField id="brief-theme" label="Theme" error={errors.theme} hint="Optional and public: the drafts may use it, e.g. as a hashtag.">
                <Input value={form.theme} maxLength={200} onChange={(e) => set('theme', e.target.value)} placeholder="Spring into coffee" />
              </FormField>
            </div>
            {unsupported && (
              <Alert tone="warning" title={unsupported} className="-mt-2" action={
                <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
                  <Button asChild variant="secondary" size="sm">
                    <Link to={AI_SETTINGS_PATH}>Connect a language model</Link>
                  </Button>
                  <Button variant="link" onClick={() => set('language', 'en')}>
                    Write in English
                  </Button>
                </div>
              }>
                <span data-testid="language-warning">Connect a language model in AI settings to write in {languageName(language)}, or write this brief in English.</span>
              </Alert>
            )}
            <FormField id="brief-campaign" label="Campaign (internal, never published)" error={errors.campaign} hint="Optional. Groups the drafts in the inbox and the library; the drafts never show it.">
              <Input value={form.campaign} maxLength={200} onChange={(e) => set('campaign', e.target.value)} placeholder="Q2 espresso push" />
            </FormField>
          </Section>

          <Section title="Options">
            <div id="brief-variants" tabIndex={-1} className="focus:outline-none">
              <ChoiceGroup
                name="brief-variants-choice"
                legend="Variants per item"
                value={form.variants}
                onChange={(v) => set('variants', v)}
                choices={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }))}
                hint="Reviewers pick the best one; more variants reserve more credits."
                error={errors.variants}
              />
            </div>
            {emailOn && (
              <div id="brief-sequence" tabIndex={-1} className="focus:outline-none" data-testid="email-sequence">
                <ChoiceGroup
                  name="brief-sequence-choice"
                  legend="Emails in the sequence"
                  value={form.emailSequenceLength}
                  onChange={(v) => set('emailSequenceLength', v, 'email_sequence_length')}
                  choices={[1, 2, 3, 4, 5, 6].map((n) => ({ value: n, label: String(n) }))}
                  hint="Each email is its own inbox item, spaced a few days apart."
                  error={errors.email_sequence_length}
                />
              </div>
            )}
            {blogOn && (
              <FormField id="brief-keywords" label="Search keywords" error={errors.keywords} hint={`For the blog post, the first one leading. Up to ${MAX_KEYWORDS}; Enter or a comma adds one.`}>
                <ChipInput values={form.keywords} onChange={(k) => set('keywords', k)} label="keyword" max={MAX_KEYWORDS} placeholder="content calendar" />
              </FormField>
            )}
            <div id="brief-tone" tabIndex={-1} className="flex flex-col gap-3 rounded-[var(--radius-button)] border border-line p-4 focus:outline-none">
              <label className="flex cursor-pointer items-start gap-3">
                <input
                  type="checkbox"
                  className="mt-0.5 size-5 accent-[var(--color-primary)]"
                  checked={form.toneOverride !== null}
                  onChange={(e) => set('toneOverride', e.target.checked ? toneFrom(voiceTone) : null, 'tone_override')}
                />
                <span>
                  <span className="block text-sm font-medium text-ink">Adjust the tone for this brief</span>
                  <span className="block text-xs text-muted">Starts from the brand voice; only this brief changes.</span>
                </span>
              </label>
              {form.toneOverride && (
                <div className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
                  {TONE_AXES.map((a) => (
                    <ToneSlider
                      key={a.key}
                      left={a.left}
                      right={a.right}
                      value={form.toneOverride?.[a.key] ?? 50}
                      onChange={(v) => setForm((f) => (f.toneOverride ? { ...f, toneOverride: { ...f.toneOverride, [a.key]: v } } : f))}
                    />
                  ))}
                  <div className="sm:col-span-2">
                    <Button variant="link" onClick={() => set('toneOverride', toneFrom(voiceTone), 'tone_override')}>
                      Reset to the brand voice
                    </Button>
                  </div>
                </div>
              )}
              {errors.tone_override && <p className="text-sm text-danger">{errors.tone_override}</p>}
            </div>
          </Section>

          {form.research.length > 0 && (
            <Section title="Research" description={`Facts the drafts are written from, ${MAX_RESEARCH} at most. Remove any that should not be used.`}>
              <div id="brief-research" tabIndex={-1} className="flex flex-col gap-2 focus:outline-none">
                <ResearchFacts facts={form.research} onChange={(r) => set('research', r)} />
                {errors.research && <p className="text-sm text-danger">{errors.research}</p>}
              </div>
            </Section>
          )}
        </form>
        <div className="flex min-w-0 flex-col gap-6">
          <Card className="lg:sticky lg:top-6 lg:z-10">
            <CardContent className="flex flex-col gap-4">
              <EstimateLine estimate={estimate} variants={form.variants} balance={credits.data?.balance ?? null} loading={credits.isPending} />
              <Button type="submit" form="brief-form" loading={create.isPending} disabled={!canWrite} className="w-full" aria-describedby={creditError ? 'brief-credit-error' : undefined}>
                <Send aria-hidden="true" />
                Write drafts
              </Button>
              {creditError && (
                <Alert tone="danger" title="Not enough credits">
                  <span id="brief-credit-error">{creditError}</span>
                </Alert>
              )}
              {formError && <Alert tone="danger">{formError}</Alert>}
            </CardContent>
          </Card>
          <RecentRuns brands={brands} />
        </div>
      </div>
    </>
  );
}
