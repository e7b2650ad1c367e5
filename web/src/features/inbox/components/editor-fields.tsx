import { Input } from '@/components/ui/input';
import type { Review } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { belongsTo, fieldLabel } from '../lib/findings';
import { RSA_DESCRIPTION_SLOTS, RSA_HEADLINE_SLOTS, type EditorValues } from '../lib/editor-values';
import { Textarea } from '@/components/ui/textarea';

/** Character limits the platforms publish; the live review reports what breaks them. */
const LIMITS: Record<string, number> = {
  headline_rsa: 30,
  description_rsa: 90,
  path: 15,
  subject: 60,
  preheader: 100,
  seo_title: 60,
  meta_description: 160,
};

const count = (s: string) => [...s].length;

function Issues({ field, review }: { field: string; review: Review | undefined }) {
  if (!review) return null;
  const violations = review.violations.filter((v) => v.field === field);
  const findings = review.findings.filter((f) => belongsTo(f.field, field));
  if (violations.length === 0 && findings.length === 0) return null;
  return (
    <ul className="flex flex-col gap-0.5 text-xs" aria-label={`Checks on ${fieldLabel(field)}`}>
      {violations.map((v, i) => (
        <li key={`v${i}`} className={v.blocking ? 'text-danger' : 'text-warning-ink'}>
          {v.blocking ? 'Blocks approval: ' : ''}
          {v.message}
        </li>
      ))}
      {findings.map((f, i) => (
        <li key={`f${i}`} className={f.severity === 'error' ? 'text-danger' : f.severity === 'warning' ? 'text-warning-ink' : 'text-primary'}>
          {f.severity === 'error' ? 'Error: ' : ''}
          {f.field !== field ? `${fieldLabel(f.field)}: ` : ''}
          {f.message}
        </li>
      ))}
    </ul>
  );
}

function Field({
  id,
  label,
  value,
  onChange,
  field,
  review,
  max,
  rows,
  hint,
  mono,
  type,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  /** The API's name for the field, to show its live checks. */
  field?: string;
  review?: Review;
  max?: number;
  rows?: number;
  hint?: string;
  mono?: boolean;
  type?: string;
}) {
  const n = count(value);
  const over = max !== undefined && n > max;
  const hintId = hint ? `${id}-hint` : undefined;
  const countId = `${id}-count`;
  const control = rows ? (
    <Textarea id={id} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={[hintId, countId].filter(Boolean).join(' ')} className={cn(mono && 'font-mono text-xs sm:text-xs')} />
  ) : (
    <Input id={id} type={type} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={[hintId, countId].filter(Boolean).join(' ')} aria-invalid={over || undefined} />
  );
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-ink">
          {label}
        </label>
        <span id={countId} className={cn('text-xs tabular-nums', over ? 'font-semibold text-danger' : 'text-muted')}>
          {max !== undefined ? `${n}/${max}` : `${n} characters`}
          {over && <span className="sr-only">, over the limit</span>}
        </span>
      </div>
      {control}
      {hint && (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {field && <Issues field={field} review={review} />}
    </div>
  );
}

function ListSlots({
  idPrefix,
  label,
  field,
  values,
  max,
  onChange,
  review,
}: {
  idPrefix: string;
  label: string;
  field: 'headlines' | 'descriptions';
  values: string[];
  max: number;
  onChange: (values: string[]) => void;
  review?: Review;
}) {
  // Checks name list entries by their position among the filled ones, as they are sent.
  let filled = -1;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-semibold text-ink">
        {label} <span className="font-normal text-muted">({values.filter((v) => v.trim()).length} of {values.length}, up to {max} characters each)</span>
      </legend>
      {values.map((v, i) => {
        if (v.trim()) filled++;
        const name = v.trim() ? `${field}[${filled}]` : undefined;
        const n = count(v);
        return (
          <div key={i} className="flex flex-col gap-1">
            <div className="flex items-center gap-2">
              <span className="w-5 shrink-0 text-right text-xs text-muted tabular-nums" aria-hidden="true">
                {i + 1}
              </span>
              <Input
                aria-label={`${label.replace(/s$/, '')} ${i + 1}`}
                id={`${idPrefix}-${i}`}
                value={v}
                onChange={(e) => onChange(values.map((x, j) => (j === i ? e.target.value : x)))}
                aria-invalid={n > max || undefined}
              />
              <span className={cn('w-12 shrink-0 text-right text-xs tabular-nums', n > max ? 'font-semibold text-danger' : 'text-muted')}>
                {n}/{max}
              </span>
            </div>
            {name && (
              <div className="pl-7">
                <Issues field={name} review={review} />
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/** The edit form for one draft, its fields chosen by the draft's kind. */
export function EditorFields({ values, onChange, review, channel }: { values: EditorValues; onChange: (v: EditorValues) => void; review?: Review; channel: string }) {
  const id = (f: string) => `edit-${f}`;
  switch (values.kind) {
    case 'social': {
      const set = (patch: Partial<typeof values>) => onChange({ ...values, ...patch });
      return (
        <div className="flex flex-col gap-4">
          <Field
            id={id('text')}
            label="Post text"
            rows={9}
            value={values.text}
            onChange={(text) => set({ text })}
            field="text"
            review={review}
            hint={channel === 'x' || channel === 'threads' || channel === 'bluesky' || channel === 'mastodon' ? 'Longer text is split into a numbered thread when published.' : undefined}
          />
          <Field id={id('hashtags')} label="Hashtags" value={values.hashtags} onChange={(hashtags) => set({ hashtags })} field="hashtags" review={review} hint="Separate with spaces or commas; the # is optional." />
        </div>
      );
    }
    case 'google_rsa': {
      const set = (patch: Partial<typeof values>) => onChange({ ...values, ...patch });
      return (
        <div className="flex flex-col gap-5">
          <ListSlots idPrefix={id('headline')} label="Headlines" field="headlines" values={values.headlines} max={LIMITS.headline_rsa} onChange={(headlines) => set({ headlines })} review={review} />
          <ListSlots idPrefix={id('description')} label="Descriptions" field="descriptions" values={values.descriptions} max={LIMITS.description_rsa} onChange={(descriptions) => set({ descriptions })} review={review} />
          <div className="grid grid-cols-2 gap-3">
            <Field id={id('path1')} label="Path 1" value={values.path1} onChange={(path1) => set({ path1 })} max={LIMITS.path} field="path1" review={review} />
            <Field id={id('path2')} label="Path 2" value={values.path2} onChange={(path2) => set({ path2 })} max={LIMITS.path} field="path2" review={review} />
          </div>
          <p className="text-xs text-muted">
            Google needs at least 3 headlines and 2 descriptions, and uses up to {RSA_HEADLINE_SLOTS} and {RSA_DESCRIPTION_SLOTS}.
          </p>
        </div>
      );
    }
    case 'meta_ad': {
      const set = (patch: Partial<typeof values>) => onChange({ ...values, ...patch });
      return (
        <div className="flex flex-col gap-4">
          <Field id={id('primary_text')} label="Primary text" rows={5} value={values.primary_text} onChange={(primary_text) => set({ primary_text })} field="primary_text" review={review} />
          <Field id={id('headline')} label="Headline" value={values.headline} onChange={(headline) => set({ headline })} field="headline" review={review} />
          <Field id={id('description')} label="Description" value={values.description} onChange={(description) => set({ description })} field="description" review={review} />
        </div>
      );
    }
    case 'linkedin_sponsored': {
      const set = (patch: Partial<typeof values>) => onChange({ ...values, ...patch });
      return (
        <div className="flex flex-col gap-4">
          <Field id={id('intro')} label="Introductory text" rows={5} value={values.intro} onChange={(intro) => set({ intro })} field="intro" review={review} />
          <Field id={id('headline')} label="Headline" value={values.headline} onChange={(headline) => set({ headline })} field="headline" review={review} />
          <Field id={id('description')} label="Description" value={values.description} onChange={(description) => set({ description })} field="description" review={review} />
        </div>
      );
    }
    case 'email': {
      const set = (patch: Partial<typeof values>) => onChange({ ...values, ...patch });
      return (
        <div className="flex flex-col gap-4">
          <Field id={id('subject')} label="Subject" value={values.subject} onChange={(subject) => set({ subject })} max={LIMITS.subject} field="subject" review={review} />
          <Field id={id('preheader')} label="Preheader" value={values.preheader} onChange={(preheader) => set({ preheader })} max={LIMITS.preheader} field="preheader" review={review} />
          <Field id={id('subject_variants')} label="Subject lines to test" rows={3} value={values.subject_variants} onChange={(subject_variants) => set({ subject_variants })} field="subject_variants" review={review} hint="One per line." />
          <Field id={id('body_text')} label="Body (plain text)" rows={10} value={values.body_text} onChange={(body_text) => set({ body_text })} field="body_text" review={review} />
          <Field
            id={id('body_html')}
            label="Body (HTML)"
            rows={10}
            mono
            value={values.body_html}
            onChange={(body_html) => set({ body_html })}
            field="body_html"
            review={review}
            hint="What mail apps show. Scripts never run in the preview."
          />
          <div className="grid gap-3 sm:grid-cols-[1fr_2fr]">
            <Field id={id('cta_label')} label="Button label" value={values.cta_label} onChange={(cta_label) => set({ cta_label })} field="cta_label" review={review} />
            <Field id={id('cta_url')} label="Button link" type="url" value={values.cta_url} onChange={(cta_url) => set({ cta_url })} />
          </div>
          <Field id={id('delay_days')} label="Days after the previous email" type="number" value={values.delay_days} onChange={(delay_days) => set({ delay_days })} />
        </div>
      );
    }
    case 'blog': {
      const set = (patch: Partial<typeof values>) => onChange({ ...values, ...patch });
      return (
        <div className="flex flex-col gap-4">
          <Field id={id('seo_title')} label="SEO title" value={values.seo_title} onChange={(seo_title) => set({ seo_title })} max={LIMITS.seo_title} field="seo_title" review={review} />
          <Field id={id('meta_description')} label="Meta description" rows={3} value={values.meta_description} onChange={(meta_description) => set({ meta_description })} max={LIMITS.meta_description} field="meta_description" review={review} />
          <Field id={id('slug')} label="Slug" value={values.slug} onChange={(slug) => set({ slug })} hint="Lower case, words joined by hyphens." />
          <Field id={id('outline')} label="Outline" rows={8} value={values.outline} onChange={(outline) => set({ outline })} hint="A heading per line; its points below it, each starting with “-”." />
          <Field id={id('body_markdown')} label="Article (Markdown)" rows={16} value={values.body_markdown} onChange={(body_markdown) => set({ body_markdown })} field="body_markdown" review={review} mono />
        </div>
      );
    }
  }
}
