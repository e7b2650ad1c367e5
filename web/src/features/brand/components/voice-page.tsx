import { ArrowRight, Plus, ThumbsDown, ThumbsUp, X } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { Brand, BannedTerm, EmojiPolicy, ToneSliders } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { BrandSection } from './brand-section';
import { ChipInput } from './chip-input';
import { SaveBar, SectionHeader, useDraftEditor } from './draft-editor';
import { fieldId, type FieldErrorMap } from './field-errors';
import { FormSection, ListEditor, PathField } from './fields';
import { LinesInput } from './lines-input';
import { Textarea } from '@/components/ui/textarea';
import { ToneSlider } from '@/components/ui/tone-slider';
import { disclaimerHint } from './disclaimer-hint';
import { VoiceSearch } from './voice-search';

const TONES: { key: keyof ToneSliders; left: string; right: string }[] = [
  { key: 'formal_casual', left: 'Formal', right: 'Casual' },
  { key: 'serious_playful', left: 'Serious', right: 'Playful' },
  { key: 'respectful_irreverent', left: 'Respectful', right: 'Irreverent' },
  { key: 'matter_of_fact_enthusiastic', left: 'Matter-of-fact', right: 'Enthusiastic' },
];

const EMOJI: { value: EmojiPolicy; label: string; hint: string }[] = [
  { value: 'never', label: 'Never', hint: 'No emoji in any copy' },
  { value: 'sparing', label: 'Sparing', hint: 'One at most, where it adds meaning' },
  { value: 'encouraged', label: 'Encouraged', hint: 'Part of how we talk' },
];

/** Voice guidelines (FR-6.4): traits, tone, words, disclaimers, reading level, emoji, hashtags and examples. */
export function VoicePage({ brandId }: { brandId: string }) {
  return <BrandSection brandId={brandId}>{(brand) => <VoiceForm key={brand.id} brand={brand} />}</BrandSection>;
}

function VoiceForm({ brand }: { brand: Brand }) {
  const editor = useDraftEditor(brand);
  const { draft, edit, errors, canEdit } = editor;
  const voice = draft.voice;
  const ro = !canEdit;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void editor.save();
      }}
    >
      <SectionHeader brand={brand} editor={editor} title="Voice" description="How the brand sounds, so every writer and every AI draft sounds like you." />
      <div className="flex flex-col gap-6">
        <FormSection title="Search the guidelines" description="Find a word or phrase anywhere in the saved voice guidelines.">
          <VoiceSearch brandId={brand.id} />
        </FormSection>

        <FormSection title="Voice traits" description="Each trait with what it is and what it is not.">
          <ListEditor
            items={voice.traits}
            disabled={ro}
            onChange={(traits) => edit((d) => void (d.voice.traits = traits))}
            make={() => ({ name: '', we_are: '', we_are_not: '', examples: [] })}
            addLabel="Add trait"
            itemLabel={(i) => `Trait ${i + 1}`}
            empty="No traits yet. Most brands have three to five."
            render={(t, i, update) => (
              <div className="flex flex-col gap-4">
                <PathField path={`voice.traits[${i}].name`} label="Trait" errors={errors}>
                  <Input value={t.name} readOnly={ro} placeholder="Warm" onChange={(e) => update({ ...t, name: e.target.value })} />
                </PathField>
                <div className="grid gap-4 sm:grid-cols-2">
                  <PathField path={`voice.traits[${i}].we_are`} label="We are…" errors={errors}>
                    <Textarea rows={2} value={t.we_are} readOnly={ro} placeholder="Friendly and direct" onChange={(e) => update({ ...t, we_are: e.target.value })} />
                  </PathField>
                  <PathField path={`voice.traits[${i}].we_are_not`} label="…but we are not" errors={errors}>
                    <Textarea rows={2} value={t.we_are_not} readOnly={ro} placeholder="Cheesy or over-familiar" onChange={(e) => update({ ...t, we_are_not: e.target.value })} />
                  </PathField>
                </div>
                <PathField path={`voice.traits[${i}].examples`} label="Examples" hint="One per line." errors={errors}>
                  <LinesInput rows={2} values={t.examples} readOnly={ro} onChange={(examples) => update({ ...t, examples })} />
                </PathField>
              </div>
            )}
          />
        </FormSection>

        <FormSection title="Tone" description="Where the brand sits between each pair. Tone can shift by channel; this is the default.">
          <div className="grid gap-6 sm:grid-cols-2">
            {TONES.map(({ key, left, right }) => (
              <ToneSlider
                key={key}
                left={left}
                right={right}
                value={voice.tone[key]}
                disabled={ro}
                error={errors[`voice.tone.${key}`]}
                onChange={(v) => edit((d) => void (d.voice.tone[key] = v))}
              />
            ))}
          </div>
        </FormSection>

        <FormSection title="Words" description="Words to reach for, and words to avoid with what to say instead.">
          <PathField path="voice.preferred_words" label="Preferred words" hint="Press Enter or type a comma after each." errors={errors}>
            <ChipWrap values={voice.preferred_words} disabled={ro} label="word" placeholder="craft, small-batch, neighbour" onChange={(words) => edit((d) => void (d.voice.preferred_words = words))} />
          </PathField>
          <BannedTerms terms={voice.banned_terms} disabled={ro} errors={errors} onChange={(terms) => edit((d) => void (d.voice.banned_terms = terms))} />
        </FormSection>

        <FormSection title="Disclaimers" description="Text that must appear wherever it applies.">
          <ListEditor
            items={voice.required_disclaimers}
            disabled={ro}
            onChange={(items) => edit((d) => void (d.voice.required_disclaimers = items))}
            make={() => ''}
            addLabel="Add disclaimer"
            itemLabel={(i) => `Disclaimer ${i + 1}`}
            empty="No required disclaimers."
            render={(text, i, update) => (
              <PathField path={`voice.required_disclaimers[${i}]`} label="Text" hint={disclaimerHint(text)} errors={errors}>
                <Textarea rows={2} value={text} readOnly={ro} onChange={(e) => update(e.target.value)} />
              </PathField>
            )}
          />
        </FormSection>

        <FormSection title="Readability, emoji and hashtags">
          <PathField path="voice.reading_grade_target" label="Reading grade target" hint="US school grade (Flesch-Kincaid), 1 to 18. 8 reads easily for most adults. Leave empty for no target." errors={errors}>
            <Input
              type="number"
              min={1}
              max={18}
              step={1}
              inputMode="numeric"
              className="max-w-32"
              readOnly={ro}
              value={voice.reading_grade_target ?? ''}
              onChange={(e) => edit((d) => void (d.voice.reading_grade_target = e.target.value === '' ? null : Number(e.target.value)))}
            />
          </PathField>
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1.5 text-sm font-medium text-ink">Emoji</legend>
            <div className="grid gap-2 sm:grid-cols-3">
              {EMOJI.map((o) => (
                <label
                  key={o.value}
                  className={cn(
                    'flex min-h-11 cursor-pointer flex-col rounded-[var(--radius-button)] border px-3 py-2 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-primary',
                    voice.emoji_policy === o.value ? 'border-primary bg-primary-soft' : 'border-line bg-white hover:border-slate/50',
                    ro && 'cursor-not-allowed',
                  )}
                >
                  <span className="flex items-center gap-2 font-medium text-ink">
                    <input type="radio" name="emoji-policy" value={o.value} checked={voice.emoji_policy === o.value} disabled={ro} onChange={() => edit((d) => void (d.voice.emoji_policy = o.value))} className="accent-[var(--color-primary)]" />
                    {o.label}
                  </span>
                  <span className="pl-6 text-xs text-muted">{o.hint}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="grid gap-5 sm:grid-cols-[10rem_minmax(0,1fr)]">
            <PathField path="voice.hashtag_policy.max_per_post" label="Hashtags per post" errors={errors}>
              <Input
                type="number"
                min={0}
                max={30}
                inputMode="numeric"
                readOnly={ro}
                value={voice.hashtag_policy.max_per_post}
                onChange={(e) => edit((d) => void (d.voice.hashtag_policy.max_per_post = Math.max(0, Math.round(Number(e.target.value) || 0))))}
              />
            </PathField>
            <PathField path="voice.hashtag_policy.branded" label="Branded hashtags" hint="Always welcome, e.g. the brand's own." errors={errors}>
              <ChipWrap values={voice.hashtag_policy.branded} disabled={ro} label="hashtag" placeholder="#acmecoffee" onChange={(tags) => edit((d) => void (d.voice.hashtag_policy.branded = tags))} />
            </PathField>
          </div>
          <PathField path="voice.hashtag_policy.guidance" label="Hashtag guidance" errors={errors}>
            <Textarea rows={2} value={voice.hashtag_policy.guidance} readOnly={ro} onChange={(e) => edit((d) => void (d.voice.hashtag_policy.guidance = e.target.value))} />
          </PathField>
        </FormSection>

        <FormSection title="Writing examples" description="Real sentences to follow, and to avoid.">
          <ListEditor
            items={voice.examples}
            disabled={ro}
            onChange={(items) => edit((d) => void (d.voice.examples = items))}
            make={() => ({ text: '', good: true, note: '' })}
            addLabel="Add example"
            itemLabel={(i) => `Example ${i + 1}`}
            empty="No examples yet."
            render={(ex, i, update) => (
              <div className="flex flex-col gap-4">
                <fieldset className="flex flex-wrap gap-2">
                  <legend className="sr-only">Example {i + 1} is</legend>
                  {[
                    { good: true, label: 'Do', Icon: ThumbsUp },
                    { good: false, label: "Don't", Icon: ThumbsDown },
                  ].map(({ good, label, Icon }) => (
                    <label
                      key={label}
                      className={cn(
                        'inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-[var(--radius-button)] border px-3 text-sm font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-primary',
                        ex.good === good ? (good ? 'border-success bg-success-soft text-success-ink' : 'border-danger/40 bg-danger-soft text-danger') : 'border-line text-slate',
                      )}
                    >
                      <input type="radio" className="sr-only" name={`example-${i}-good`} checked={ex.good === good} disabled={ro} onChange={() => update({ ...ex, good })} />
                      <Icon className="size-4" aria-hidden="true" />
                      {label}
                    </label>
                  ))}
                </fieldset>
                <PathField path={`voice.examples[${i}].text`} label="Text" errors={errors}>
                  <Textarea rows={2} value={ex.text} readOnly={ro} onChange={(e) => update({ ...ex, text: e.target.value })} />
                </PathField>
                <PathField path={`voice.examples[${i}].note`} label="Why" errors={errors}>
                  <Input value={ex.note} readOnly={ro} onChange={(e) => update({ ...ex, note: e.target.value })} />
                </PathField>
              </div>
            )}
          />
        </FormSection>
      </div>
      <SaveBar editor={editor} />
    </form>
  );
}

/** ChipInput under a FormField: takes the field's id and aria props from it. */
function ChipWrap({
  id,
  values,
  onChange,
  disabled,
  label,
  placeholder,
  ...aria
}: {
  id?: string;
  values: string[];
  onChange: (v: string[]) => void;
  disabled?: boolean;
  label: string;
  placeholder?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  return <ChipInput id={id ?? label} values={values} onChange={onChange} disabled={disabled} label={label} placeholder={placeholder} invalid={aria['aria-invalid']} describedBy={aria['aria-describedby']} />;
}

/** Banned words and phrases as chips reading "term → replacement", with a row to add one. */
function BannedTerms({ terms, onChange, disabled, errors }: { terms: BannedTerm[]; onChange: (t: BannedTerm[]) => void; disabled: boolean; errors: FieldErrorMap }) {
  const [term, setTerm] = useState('');
  const [replacement, setReplacement] = useState('');
  const add = () => {
    if (!term.trim()) return;
    onChange([...terms, { term: term.trim(), replacement: replacement.trim() || null, reason: '' }]);
    setTerm('');
    setReplacement('');
  };
  const termErrors = Object.entries(errors).filter(([p]) => p.startsWith('voice.banned_terms'));
  return (
    <div className="flex flex-col gap-3">
      <Label htmlFor={fieldId('voice.banned_terms')}>Banned words and phrases</Label>
      {terms.length === 0 ? (
        <p className="text-sm text-muted">No banned terms yet.</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label="Banned terms">
          {terms.map((t, i) => (
            <li key={`${t.term}-${i}`} className="inline-flex max-w-full items-center gap-1.5 rounded-full bg-danger-soft py-1 pr-1 pl-3 text-sm">
              <span className="truncate text-danger line-through decoration-danger/50">{t.term}</span>
              {t.replacement && (
                <>
                  <ArrowRight className="size-3.5 shrink-0 text-muted" aria-label="use instead" />
                  <span className="truncate font-medium text-success-ink">{t.replacement}</span>
                </>
              )}
              {!disabled && (
                <button type="button" onClick={() => onChange(terms.filter((_, j) => j !== i))} className="inline-flex size-6 items-center justify-center rounded-full text-danger hover:bg-danger/10" aria-label={`Remove banned term ${t.term}`}>
                  <X className="size-3.5" aria-hidden="true" />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {termErrors.map(([p, m]) => (
        <p key={p} className="text-sm text-danger" role="alert">
          {terms[Number(/\[(\d+)\]/.exec(p)?.[1] ?? -1)]?.term ?? 'A term'}: {m}
        </p>
      ))}
      {!disabled && (
        <div className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto]">
          <Input
            id={fieldId('voice.banned_terms')}
            aria-label="Banned term"
            placeholder="Banned term, e.g. cheap"
            value={term}
            onChange={(e) => setTerm(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <Input
            aria-label="Replacement"
            placeholder="Say instead, e.g. affordable"
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <Button variant="secondary" onClick={add} disabled={!term.trim()}>
            <Plus aria-hidden="true" />
            Add
          </Button>
        </div>
      )}
    </div>
  );
}
