import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import type { Brand, Positioning } from '@/lib/api/types';
import { isWritingLanguage, LANGUAGE_OPTIONS } from '@/lib/languages';
import type { FieldErrorMap } from './field-errors';
import { BrandSection } from './brand-section';
import { SaveBar, SectionHeader, useDraftEditor } from './draft-editor';
import { FormSection, ListEditor, PathField } from './fields';
import { LinesInput } from './lines-input';
import { PositioningSentence } from './positioning-sentence';
import { Textarea } from '@/components/ui/textarea';
import { WordCount } from './word-count';

const POSITIONING: { key: keyof Positioning; label: string; placeholder: string }[] = [
  { key: 'target', label: 'For (target customer)', placeholder: 'small coffee shops' },
  { key: 'need', label: 'Who (need)', placeholder: 'want to sell online without a developer' },
  { key: 'category', label: 'Our product is a (category)', placeholder: 'shop builder' },
  { key: 'benefit', label: 'That (key benefit)', placeholder: 'takes an afternoon to set up' },
  { key: 'alternative', label: 'Unlike (alternative)', placeholder: 'generic e-commerce platforms' },
  { key: 'differentiator', label: 'We (differentiator)', placeholder: 'ship roasting-day templates' },
];

const PITCHES = [
  { key: 'words_25', target: 25, label: '25-word pitch' },
  { key: 'words_50', target: 50, label: '50-word pitch' },
  { key: 'words_100', target: 100, label: '100-word pitch' },
] as const;

/**
 * The errors of a list edited one item per line (`proof_points[2]`), on the list's own path so they
 * show next to its field, each naming its line.
 */
export function withLineErrors(errors: FieldErrorMap, path: string): FieldErrorMap {
  if (errors[path]) return errors;
  const lines = Object.entries(errors)
    .map(([p, message]) => {
      const m = new RegExp(`^${path.replace(/[.[\]]/g, '\\$&')}\\[(\\d+)\\]$`).exec(p);
      return m ? `Line ${Number(m[1]) + 1}: ${message}` : null;
    })
    .filter((m): m is string => m !== null);
  return lines.length ? { ...errors, [path]: lines.join(' ') } : errors;
}

/** Name, mission, values, positioning, value propositions, pillars, story and pitches (FR-1.2.1, FR-6.10.1). */
export function FoundationPage({ brandId }: { brandId: string }) {
  return <BrandSection brandId={brandId}>{(brand) => <FoundationForm key={brand.id} brand={brand} />}</BrandSection>;
}

function FoundationForm({ brand }: { brand: Brand }) {
  const editor = useDraftEditor(brand);
  const { draft, edit, errors, canEdit } = editor;
  const ro = !canEdit;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void editor.save();
      }}
    >
      <SectionHeader brand={brand} editor={editor} title="Foundation" description="Who you are and why you exist: the ground every draft stands on." />
      <div className="flex flex-col gap-6">
        <FormSection title="Identity">
          <div className="grid gap-5 sm:grid-cols-2">
            <PathField path="name" label="Brand name" errors={errors}>
              <Input value={draft.name} readOnly={ro} maxLength={200} onChange={(e) => edit((d) => void (d.name = e.target.value))} />
            </PathField>
            <PathField path="tagline" label="Tagline" errors={errors}>
              <Input value={draft.tagline} readOnly={ro} maxLength={300} placeholder="Coffee, carefully." onChange={(e) => edit((d) => void (d.tagline = e.target.value))} />
            </PathField>
          </div>
          <div className="grid gap-5 sm:grid-cols-3">
            <PathField path="language" label="Writing language" hint="Drafts are written in it unless a brief says otherwise." errors={errors}>
              <Select
                value={draft.language ?? 'en'}
                disabled={ro}
                options={LANGUAGE_OPTIONS}
                onValueChange={(v) => {
                  if (isWritingLanguage(v)) edit((d) => void (d.language = v));
                }}
              />
            </PathField>
            <PathField path="industry" label="Industry" hint="In your own words." errors={errors}>
              <Input value={draft.industry ?? ''} readOnly={ro} maxLength={200} placeholder="Specialty coffee roasting" onChange={(e) => edit((d) => void (d.industry = e.target.value))} />
            </PathField>
            <PathField path="location" label="Location" hint="Where you work or serve." errors={errors}>
              <Input value={draft.location ?? ''} readOnly={ro} maxLength={200} placeholder="Portland, Oregon" onChange={(e) => edit((d) => void (d.location = e.target.value))} />
            </PathField>
          </div>
          <PathField path="mission" label="Mission" hint="What you do, for whom, and why, today." errors={errors}>
            <Textarea value={draft.mission} readOnly={ro} onChange={(e) => edit((d) => void (d.mission = e.target.value))} />
          </PathField>
          <PathField path="vision" label="Vision" hint="The world you want to see if you succeed." errors={errors}>
            <Textarea value={draft.vision} readOnly={ro} onChange={(e) => edit((d) => void (d.vision = e.target.value))} />
          </PathField>
        </FormSection>

        <FormSection title="Values" description="What you stand for, each with what it means in practice.">
          <ListEditor
            items={draft.values}
            disabled={ro}
            onChange={(values) => edit((d) => void (d.values = values))}
            make={() => ({ name: '', description: '' })}
            addLabel="Add value"
            itemLabel={(i) => `Value ${i + 1}`}
            empty="No values yet."
            render={(v, i, update) => (
              <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
                <PathField path={`values[${i}].name`} label="Name" errors={errors}>
                  <Input value={v.name} readOnly={ro} onChange={(e) => update({ ...v, name: e.target.value })} />
                </PathField>
                <PathField path={`values[${i}].description`} label="What it means" errors={errors}>
                  <Textarea rows={2} value={v.description} readOnly={ro} onChange={(e) => update({ ...v, description: e.target.value })} />
                </PathField>
              </div>
            )}
          />
        </FormSection>

        <FormSection title="Positioning statement" description="Six parts that read as one sentence.">
          <PositioningSentence brandName={draft.name} positioning={draft.positioning} />
          <div className="grid gap-5 sm:grid-cols-2">
            {POSITIONING.map(({ key, label, placeholder }) => (
              <PathField key={key} path={`positioning.${key}`} label={label} errors={errors}>
                <Input value={draft.positioning[key]} readOnly={ro} placeholder={placeholder} onChange={(e) => edit((d) => void (d.positioning[key] = e.target.value))} />
              </PathField>
            ))}
          </div>
        </FormSection>

        <FormSection title="Offer and proof" description="What the writers may promise, and the facts that back it. Drafts use these instead of inventing claims.">
          <PathField path="offer" label="Offer" hint="What you sell or offer first." errors={errors}>
            <Textarea rows={2} value={draft.offer ?? ''} readOnly={ro} maxLength={5000} placeholder="A free tasting flight with every first order" onChange={(e) => edit((d) => void (d.offer = e.target.value))} />
          </PathField>
          <PathField path="proof_points" label="Proof points" hint="One fact per line, e.g. “Roasting since 2009”. Up to 100." errors={withLineErrors(errors, 'proof_points')}>
            <LinesInput values={draft.proof_points ?? []} readOnly={ro} rows={3} onChange={(v) => edit((d) => void (d.proof_points = v))} />
          </PathField>
          <PathField path="key_messages" label="Key messages" hint="One message per line: what every draft may come back to." errors={withLineErrors(errors, 'key_messages')}>
            <LinesInput values={draft.key_messages ?? []} readOnly={ro} rows={3} onChange={(v) => edit((d) => void (d.key_messages = v))} />
          </PathField>
        </FormSection>

        <FormSection title="Value propositions" description="The concrete reasons to choose you.">
          <ListEditor
            items={draft.value_propositions}
            disabled={ro}
            onChange={(items) => edit((d) => void (d.value_propositions = items))}
            make={() => ''}
            addLabel="Add value proposition"
            itemLabel={(i) => `Value proposition ${i + 1}`}
            empty="No value propositions yet."
            render={(v, i, update) => (
              <PathField path={`value_propositions[${i}]`} label="Proposition" errors={errors}>
                <Textarea rows={2} value={v} readOnly={ro} onChange={(e) => update(e.target.value)} />
              </PathField>
            )}
          />
        </FormSection>

        <FormSection title="Messaging pillars" description="The few themes every message comes back to.">
          <ListEditor
            items={draft.messaging_pillars}
            disabled={ro}
            onChange={(items) => edit((d) => void (d.messaging_pillars = items))}
            make={() => ({ title: '', description: '' })}
            addLabel="Add pillar"
            itemLabel={(i) => `Pillar ${i + 1}`}
            empty="No pillars yet."
            render={(p, i, update) => (
              <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
                <PathField path={`messaging_pillars[${i}].title`} label="Title" errors={errors}>
                  <Input value={p.title} readOnly={ro} onChange={(e) => update({ ...p, title: e.target.value })} />
                </PathField>
                <PathField path={`messaging_pillars[${i}].description`} label="Description" errors={errors}>
                  <Textarea rows={2} value={p.description} readOnly={ro} onChange={(e) => update({ ...p, description: e.target.value })} />
                </PathField>
              </div>
            )}
          />
        </FormSection>

        <FormSection title="Brand story" description="Where you come from and where you are going, told as a story.">
          <PathField path="story" label="Story" errors={errors}>
            <Textarea rows={8} value={draft.story} readOnly={ro} onChange={(e) => edit((d) => void (d.story = e.target.value))} />
          </PathField>
        </FormSection>

        <FormSection title="Elevator pitches" description="The same story at three lengths.">
          {PITCHES.map(({ key, target, label }) => (
            <PathField key={key} path={`pitches.${key}`} label={label} errors={errors} labelAside={<WordCount text={draft.pitches[key]} target={target} />}>
              <Textarea rows={target === 100 ? 6 : target === 50 ? 4 : 2} value={draft.pitches[key]} readOnly={ro} onChange={(e) => edit((d) => void (d.pitches[key] = e.target.value))} />
            </PathField>
          ))}
        </FormSection>

        <FormSection title="Social profiles" description="Where people find you: one full web address per line.">
          <PathField path="social_links" label="Profiles" errors={errors} hint="For example https://www.linkedin.com/company/your-brand">
            <LinesInput values={draft.social_links ?? []} readOnly={ro} rows={3} placeholder="https://" onChange={(links) => edit((d) => void (d.social_links = links))} />
          </PathField>
        </FormSection>
      </div>
      <SaveBar editor={editor} />
    </form>
  );
}
