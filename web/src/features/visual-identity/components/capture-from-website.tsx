import { useId, useState, type ReactNode } from 'react';
import { CircleCheck, Globe, History, ImageOff, Square, X } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/empty-state';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { Spinner } from '@/components/ui/spinner';
import { cn } from '@/lib/cn';
import { relativeTime } from '@/lib/format';
import { errorMessage, ProblemError } from '@/lib/api/problem';
import type { BrandProfile, Capture, CaptureProposal, CaptureStatus, ColourRole, FontRole, LogoSource, LogoVariant } from '@/lib/api/types';
import { usePermission } from '@/lib/auth/permissions';
import { useCancelCapture } from '../api/cancel-capture';
import { useCreateCapture } from '../api/create-capture';
import { getBrand } from '../api/get-brand';
import { useCapture } from '../api/get-capture';
import { useCaptures } from '../api/get-captures';
import { useLogoPreview } from '../api/get-logo-preview';
import { importLogo } from '../api/import-logo';
import { useSaveDraft } from '../api/save-draft';
import { normalizeHex } from '../lib/colour';
import { mergeCapture, type CaptureSelection } from '../lib/merge-capture';
import { COLOUR_ROLES, FONT_ROLES, LOGO_VARIANTS } from './labels';

type Props = {
  brandId: string;
  /**
   * Called once the selection is applied. With `draft`, the selection is merged into that draft
   * and handed back unsaved (the caller saves it with its other edits); without, it is merged
   * into the brand's saved draft and saved first.
   */
  onApply?: (profile: BrandProfile) => void;
  draft?: BrandProfile;
};

const STATUS: Record<CaptureStatus, { label: string; tone: BadgeTone }> = {
  queued: { label: 'Waiting', tone: 'neutral' },
  running: { label: 'Reading the site', tone: 'primary' },
  succeeded: { label: 'Done', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
};

const SOURCE: Record<LogoSource, string> = {
  header: 'Logo in the page header',
  apple_touch_icon: 'Touch icon',
  og_image: 'Social sharing image',
  favicon: 'Favicon',
};

/**
 * "Capture from a website": a URL, live progress while the capture job reads the site, then
 * every proposal with a checkbox and an edit field, and "Apply selected" to merge them into the
 * brand's draft. Used on the visual identity page and by the onboarding wizard.
 */
export function CaptureFromWebsite({ brandId, onApply, draft }: Props) {
  const canWrite = usePermission('content_write');
  const [captureId, setCaptureId] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const create = useCreateCapture(brandId);
  const urlError = create.error instanceof ProblemError ? create.error.errors.find((e) => e.field === 'url')?.message : undefined;
  const start = (target: string) =>
    create.mutate(target, {
      onSuccess: (c) => setCaptureId(c.id),
    });
  return (
    <div className="flex flex-col gap-5">
      {canWrite ? (
        <form
          noValidate
          className="flex flex-col gap-3 sm:flex-row sm:items-start"
          aria-label="Capture from a website"
          onSubmit={(e) => {
            e.preventDefault();
            if (url.trim()) start(url.trim());
          }}
        >
          <FormField id={`capture-url-${brandId}`} label="Website address" error={urlError} className="flex-1" hint="The home page and a few key pages are read; robots.txt is respected.">
            <Input type="url" inputMode="url" autoComplete="url" placeholder="https://example.com" value={url} onChange={(e) => setUrl(e.target.value)} />
          </FormField>
          <Button type="submit" className="sm:mt-7" loading={create.isPending} disabled={!url.trim()}>
            <Globe aria-hidden="true" />
            Capture
          </Button>
        </form>
      ) : (
        <p className="text-sm text-muted">Your role can look at captures but not start one.</p>
      )}
      {create.isError && !urlError && <Alert tone="danger">{errorMessage(create.error)}</Alert>}
      {captureId && <CaptureRun key={captureId} id={captureId} brandId={brandId} draft={draft} onApply={onApply} onRetry={start} onClose={() => setCaptureId(null)} canWrite={canWrite} />}
      <RecentCaptures brandId={brandId} current={captureId} onOpen={setCaptureId} />
    </div>
  );
}

function progressShare(c: Capture): number {
  const p = c.progress;
  if (!p) return 0.05;
  const pages = p.pages_total > 0 ? p.pages_fetched / p.pages_total : 0;
  const sheets = p.stage === 'stylesheets' ? (p.stylesheets_total > 0 ? p.stylesheets_fetched / p.stylesheets_total : 1) : 0;
  return Math.min(0.98, 0.05 + pages * 0.7 + sheets * 0.25);
}

function CaptureRun({
  id,
  brandId,
  draft,
  onApply,
  onRetry,
  onClose,
  canWrite,
}: {
  id: string;
  brandId: string;
  draft?: BrandProfile;
  onApply?: (profile: BrandProfile) => void;
  onRetry: (url: string) => void;
  onClose: () => void;
  canWrite: boolean;
}) {
  const capture = useCapture(id);
  const cancel = useCancelCapture();
  if (capture.isPending) return <Skeleton className="h-24 w-full" />;
  if (capture.isError) return <ErrorState message={errorMessage(capture.error)} onRetry={() => capture.refetch()} />;
  const c = capture.data;
  if (c.status === 'queued' || c.status === 'running') {
    const share = progressShare(c);
    const p = c.progress;
    return (
      <div className="flex flex-col gap-3 rounded-[var(--radius-button)] border border-line bg-white p-4">
        <div className="flex items-center justify-between gap-3">
          <p className="flex min-w-0 items-center gap-2 text-sm text-ink">
            <Spinner size="sm" label="" />
            <span className="truncate">
              {c.status === 'queued' ? 'Waiting to start…' : 'Reading'} <span className="font-medium">{c.url}</span>
            </span>
          </p>
          {canWrite && (
            <Button variant="ghost" size="sm" onClick={() => cancel.mutate(id)} loading={cancel.isPending}>
              <Square aria-hidden="true" />
              Cancel
            </Button>
          )}
        </div>
        <div className="h-2 overflow-hidden rounded-full bg-mist" role="progressbar" aria-label="Capture progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share * 100)}>
          <div className="h-full rounded-full bg-primary transition-[width] duration-500" style={{ width: `${share * 100}%` }} />
        </div>
        <p className="text-xs text-muted" aria-live="polite">
          {p ? `${p.pages_fetched} of ${p.pages_total} pages read${p.stage === 'stylesheets' ? ` · ${p.stylesheets_fetched} of ${p.stylesheets_total} stylesheets` : ''}` : 'Checking robots.txt…'}
        </p>
      </div>
    );
  }
  if (c.status === 'failed' || c.status === 'cancelled') {
    return (
      <Alert
        tone={c.status === 'failed' ? 'danger' : 'info'}
        title={c.status === 'failed' ? 'The capture did not work' : 'Capture cancelled'}
        onDismiss={onClose}
        action={
          canWrite && (
            <Button variant="secondary" size="sm" onClick={() => onRetry(c.url)}>
              Try again
            </Button>
          )
        }
      >
        {c.error ?? c.url}
      </Alert>
    );
  }
  if (!c.result) return <Alert tone="warning">The capture finished without proposals.</Alert>;
  return <Proposals capture={c} proposal={c.result} brandId={brandId} draft={draft} onApply={onApply} onClose={onClose} canWrite={canWrite} />;
}

type Pick<T> = T & { on: boolean };

function initialVariant(kind: LogoSource): LogoVariant {
  return kind === 'favicon' || kind === 'apple_touch_icon' ? 'symbol' : 'primary';
}

function LogoPreview({ captureId, index, url }: { captureId: string; index: number; url: string }) {
  const inline = url.startsWith('data:');
  const preview = useLogoPreview(captureId, index, !inline);
  const box = 'flex size-20 shrink-0 items-center justify-center overflow-hidden rounded-[var(--radius-button)] border border-line bg-[repeating-conic-gradient(#f4f7f9_0%_25%,#fff_0%_50%)] bg-[length:12px_12px] p-1.5';
  if (inline) return <img src={url} alt="" className={cn(box, 'object-contain')} />;
  if (preview.isPending) return <Skeleton className="size-20 shrink-0" />;
  if (preview.isError)
    return (
      <span className={cn(box, 'flex-col gap-1 text-center text-[11px] text-muted')} title={errorMessage(preview.error)}>
        <ImageOff className="size-4" aria-hidden="true" />
        No preview
      </span>
    );
  return <img src={preview.data} alt="" className={cn(box, 'object-contain')} />;
}

function Group({ title, children, hint }: { title: string; children: ReactNode; hint?: string }) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-semibold text-ink">{title}</legend>
      {hint && <p className="-mt-1 mb-1 text-xs text-muted">{hint}</p>}
      {children}
    </fieldset>
  );
}

function Check({ checked, onChange, label, disabled }: { checked: boolean; onChange: (on: boolean) => void; label: string; disabled?: boolean }) {
  return <input type="checkbox" className="size-5 shrink-0 cursor-pointer accent-[var(--color-primary)]" checked={checked} disabled={disabled} aria-label={label} onChange={(e) => onChange(e.target.checked)} />;
}

function Proposals({
  capture,
  proposal,
  brandId,
  draft,
  onApply,
  onClose,
  canWrite,
}: {
  capture: Capture;
  proposal: CaptureProposal;
  brandId: string;
  draft?: BrandProfile;
  onApply?: (profile: BrandProfile) => void;
  onClose: () => void;
  canWrite: boolean;
}) {
  const uid = useId();
  const [name, setName] = useState({ on: !!proposal.name, value: proposal.name ?? '' });
  const [tagline, setTagline] = useState({ on: !!proposal.tagline, value: proposal.tagline ?? '' });
  const [description, setDescription] = useState({ on: false, value: proposal.description ?? '' });
  const [colours, setColours] = useState<Pick<{ hex: string; role: ColourRole; weight: number }>[]>(() =>
    proposal.colours.map((c) => ({ hex: c.hex, role: c.role, weight: c.weight, on: c.role !== 'supporting' })),
  );
  const [fonts, setFonts] = useState<Pick<{ family: string; role: FontRole }>[]>(() => proposal.fonts.map((f, i) => ({ family: f.family, role: f.role, on: i < 2 || f.role === 'monospace' })));
  const [logos, setLogos] = useState<Pick<{ url: string; kind: LogoSource; variant: LogoVariant }>[]>(() =>
    proposal.logos.map((l, i) => ({ url: l.url, kind: l.kind, variant: initialVariant(l.kind), on: i === 0 && l.kind === 'header' })),
  );
  const [headlines, setHeadlines] = useState(() => proposal.headlines.map((h) => ({ text: h, on: false })));
  const [ctas, setCtas] = useState(() => proposal.calls_to_action.map((h) => ({ text: h, on: false })));
  const [socials, setSocials] = useState(() => proposal.social_links.map((url) => ({ url, on: true })));
  const [applying, setApplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState<number | null>(null);
  const save = useSaveDraft(brandId);

  const update = <T,>(list: T[], set: (l: T[]) => void, i: number, patch: Partial<T>) => set(list.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const chosen =
    Number(name.on) + Number(tagline.on) + Number(description.on) + [colours, fonts, logos, headlines, ctas, socials].reduce((n, l) => n + (l as { on: boolean }[]).filter((x) => x.on).length, 0);
  const badColour = colours.some((c) => c.on && !normalizeHex(c.hex));

  const apply = async () => {
    setError(null);
    setApplying(true);
    try {
      const imported: CaptureSelection['logos'] = [];
      for (const l of logos.filter((x) => x.on)) {
        const asset = await importLogo({ captureId: capture.id, url: l.url, variant: l.variant });
        imported.push({ variant: l.variant, assetId: asset.id });
      }
      const selection: CaptureSelection = {
        name: name.on ? name.value : undefined,
        tagline: tagline.on ? tagline.value : undefined,
        description: description.on ? description.value : undefined,
        colours: colours.filter((c) => c.on).map((c) => ({ hex: normalizeHex(c.hex)!, role: c.role })),
        fonts: fonts.filter((f) => f.on && f.family.trim()).map((f) => ({ family: f.family.trim(), role: f.role })),
        logos: imported,
        headlines: headlines.filter((h) => h.on).map((h) => h.text),
        callsToAction: ctas.filter((h) => h.on).map((h) => h.text),
        socialLinks: socials.filter((x) => x.on).map((x) => x.url),
      };
      if (draft) {
        onApply?.(mergeCapture(draft, selection));
      } else {
        const brand = await getBrand(brandId);
        const saved = await save.mutateAsync(mergeCapture(brand.draft, selection));
        onApply?.(saved.draft);
      }
      setApplied(chosen);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setApplying(false);
    }
  };

  const pageCount = proposal.pages.length;
  return (
    <div className="flex flex-col gap-6 rounded-[var(--radius-button)] border border-line bg-white p-4 sm:p-5">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="flex items-center gap-2 text-sm font-semibold text-ink">
            <CircleCheck className="size-4 text-success-ink" aria-hidden="true" />
            Found on {pageCount} page{pageCount === 1 ? '' : 's'} of <span className="truncate">{capture.url}</span>
          </p>
          <p className="mt-0.5 text-xs text-muted">Tick what to keep, edit it if needed, then apply. Nothing changes until you do.</p>
        </div>
        <Button variant="ghost" size="icon" aria-label="Close the proposals" onClick={onClose}>
          <X aria-hidden="true" />
        </Button>
      </div>

      <Group title="Name and words">
        {[
          { key: 'name', label: 'Brand name', state: name, set: setName, multiline: false },
          { key: 'tagline', label: 'Tagline', state: tagline, set: setTagline, multiline: false },
          { key: 'description', label: '25-word pitch (from the meta description)', state: description, set: setDescription, multiline: true },
        ]
          .filter((f) => f.state.value)
          .map((f) => (
            <div key={f.key} className="flex items-start gap-3">
              <div className="pt-8">
                <Check checked={f.state.on} onChange={(on) => f.set({ ...f.state, on })} label={`Keep the ${f.label.toLowerCase()}`} disabled={!canWrite} />
              </div>
              <FormField id={`${uid}-${f.key}`} label={f.label} className="flex-1">
                {f.multiline ? (
                  <textarea
                    className="block min-h-20 w-full rounded-[var(--radius-button)] border border-line bg-white px-3 py-2 text-base text-ink sm:text-sm"
                    value={f.state.value}
                    onChange={(e) => f.set({ on: true, value: e.target.value })}
                  />
                ) : (
                  <Input value={f.state.value} onChange={(e) => f.set({ on: true, value: e.target.value })} />
                )}
              </FormField>
            </div>
          ))}
        {!name.value && !tagline.value && !description.value && <p className="text-sm text-muted">The site has no title or description to propose.</p>}
      </Group>

      <Group title="Colours" hint="Most used first, from the site's stylesheets and inline styles.">
        {colours.length === 0 && <p className="text-sm text-muted">No colours found.</p>}
        <ul className="flex flex-col gap-2">
          {colours.map((c, i) => {
            const hex = normalizeHex(c.hex);
            return (
              <li key={i} className="grid grid-cols-[1.25rem_2.25rem_minmax(0,1fr)] items-center gap-3 sm:grid-cols-[1.25rem_2.25rem_8rem_12rem_auto]">
                <Check checked={c.on} onChange={(on) => update(colours, setColours, i, { on })} label={`Keep ${c.hex}`} disabled={!canWrite} />
                <span className="size-9 rounded-[var(--radius-button)] border border-black/10" style={{ background: hex ?? '#fff' }} aria-hidden="true" />
                <Input aria-label={`Colour ${i + 1}`} aria-invalid={!hex || undefined} value={c.hex} maxLength={7} className="font-mono uppercase" onChange={(e) => update(colours, setColours, i, { hex: e.target.value.trim(), on: true })} />
                <div className="col-span-3 col-start-2 sm:col-span-1 sm:col-start-auto">
                  <Select aria-label={`Role of colour ${i + 1}`} value={c.role} onValueChange={(v) => update(colours, setColours, i, { role: v as ColourRole, on: true })} options={COLOUR_ROLES} />
                </div>
                <span className="col-start-2 text-xs text-muted tabular-nums sm:col-start-auto">{Math.round(c.weight * 100)}% of uses</span>
              </li>
            );
          })}
        </ul>
        {badColour && <p className="text-sm text-danger">Enter each ticked colour as #rrggbb.</p>}
      </Group>

      <Group title="Fonts">
        {fonts.length === 0 && <p className="text-sm text-muted">No font families found (the site may use only system fonts).</p>}
        <ul className="flex flex-col gap-2">
          {fonts.map((f, i) => (
            <li key={i} className="grid grid-cols-[1.25rem_minmax(0,1fr)] items-center gap-3 sm:grid-cols-[1.25rem_14rem_12rem_minmax(0,1fr)]">
              <Check checked={f.on} onChange={(on) => update(fonts, setFonts, i, { on })} label={`Keep ${f.family}`} disabled={!canWrite} />
              <Input aria-label={`Font ${i + 1}`} value={f.family} onChange={(e) => update(fonts, setFonts, i, { family: e.target.value, on: true })} />
              <div className="col-start-2 sm:col-start-auto">
                <Select aria-label={`Use of ${f.family}`} value={f.role} onValueChange={(v) => update(fonts, setFonts, i, { role: v as FontRole, on: true })} options={FONT_ROLES} />
              </div>
              <span className="col-start-2 truncate text-base text-ink sm:col-start-auto" style={{ fontFamily: `"${f.family.replace(/"/g, '')}", system-ui` }}>
                Aa Bb Cc 123
              </span>
            </li>
          ))}
        </ul>
      </Group>

      <Group title="Logos" hint="Ticked logos are copied into the asset library when you apply.">
        {logos.length === 0 && <p className="text-sm text-muted">No logo found.</p>}
        <ul className="grid gap-3 sm:grid-cols-2">
          {logos.map((l, i) => (
            <li key={i} className="flex items-center gap-3 rounded-[var(--radius-button)] border border-line p-2.5">
              <Check checked={l.on} onChange={(on) => update(logos, setLogos, i, { on })} label={`Keep logo ${i + 1} (${SOURCE[l.kind]})`} disabled={!canWrite} />
              <LogoPreview captureId={capture.id} index={i} url={l.url} />
              <div className="flex min-w-0 flex-1 flex-col gap-1.5">
                <span className="text-xs text-muted">{SOURCE[l.kind]}</span>
                <Select aria-label={`Use logo ${i + 1} as`} value={l.variant} onValueChange={(v) => update(logos, setLogos, i, { variant: v as LogoVariant, on: true })} options={LOGO_VARIANTS} />
              </div>
            </li>
          ))}
        </ul>
      </Group>

      {(headlines.length > 0 || ctas.length > 0) && (
        <Group title="Headlines and calls to action" hint="Ticked lines are kept as examples of the brand's writing.">
          <ul className="flex flex-col gap-1.5">
            {headlines.map((h, i) => (
              <li key={`h${i}`} className="flex items-center gap-3 text-sm text-ink">
                <Check checked={h.on} onChange={(on) => update(headlines, setHeadlines, i, { on })} label={`Keep the headline “${h.text}”`} disabled={!canWrite} />
                <span className="min-w-0 flex-1">{h.text}</span>
                <Badge>Headline</Badge>
              </li>
            ))}
            {ctas.map((h, i) => (
              <li key={`c${i}`} className="flex items-center gap-3 text-sm text-ink">
                <Check checked={h.on} onChange={(on) => update(ctas, setCtas, i, { on })} label={`Keep the call to action “${h.text}”`} disabled={!canWrite} />
                <span className="min-w-0 flex-1">{h.text}</span>
                <Badge tone="coral">Call to action</Badge>
              </li>
            ))}
          </ul>
        </Group>
      )}

      {socials.length > 0 && (
        <Group title="Social profiles" hint="Added to the profile's social links.">
          <ul className="flex flex-col gap-2">
            {socials.map((x, i) => (
              <li key={x.url} className="flex items-center gap-3 text-sm text-ink">
                <Check checked={x.on} onChange={(on) => update(socials, setSocials, i, { on })} label={`Keep the profile ${x.url}`} disabled={!canWrite} />
                <a href={x.url} target="_blank" rel="noreferrer noopener" className="min-w-0 flex-1 truncate text-primary hover:underline">
                  {x.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}
                </a>
              </li>
            ))}
          </ul>
        </Group>
      )}

      {error && <Alert tone="danger">{error}</Alert>}
      {applied !== null && !error && (
        <Alert tone="success">
          {draft ? `Added ${applied} proposal${applied === 1 ? '' : 's'} to the page: save to keep them.` : `Saved ${applied} proposal${applied === 1 ? '' : 's'} into the brand's draft.`}
        </Alert>
      )}
      {canWrite && (
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={apply} loading={applying} disabled={chosen === 0 || badColour}>
            Apply selected ({chosen})
          </Button>
          <span className="text-xs text-muted">{draft ? 'Merged into the form below; nothing is saved yet.' : 'Merged into the brand’s draft and saved.'}</span>
        </div>
      )}
    </div>
  );
}

function RecentCaptures({ brandId, current, onOpen }: { brandId: string; current: string | null; onOpen: (id: string) => void }) {
  const captures = useCaptures(brandId);
  const [open, setOpen] = useState(false);
  return (
    <div>
      <Button variant="ghost" size="sm" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <History aria-hidden="true" />
        {open ? 'Hide earlier captures' : 'Earlier captures'}
      </Button>
      {open && (
        <div className="mt-2">
          {captures.isPending ? (
            <div role="status" aria-label="Loading captures" className="flex flex-col gap-2">
              <Skeleton className="h-10 w-full" />
              <Skeleton className="h-10 w-full" />
            </div>
          ) : captures.isError ? (
            <ErrorState message={errorMessage(captures.error)} onRetry={() => captures.refetch()} />
          ) : captures.data.items.length === 0 ? (
            <p className="text-sm text-muted">No captures yet.</p>
          ) : (
            <ul className="divide-y divide-line rounded-[var(--radius-button)] border border-line bg-white">
              {captures.data.items.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
                  <span className="min-w-0 flex-1 truncate text-ink">{c.url}</span>
                  <Badge tone={STATUS[c.status].tone}>{STATUS[c.status].label}</Badge>
                  <span className="text-xs text-muted">{relativeTime(c.created_at)}</span>
                  <Button variant="secondary" size="sm" disabled={c.id === current} onClick={() => onOpen(c.id)}>
                    {c.status === 'succeeded' ? 'Open proposals' : 'Open'}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
