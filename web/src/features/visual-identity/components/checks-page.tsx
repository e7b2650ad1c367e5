import { useId, useRef, useState } from 'react';
import { ArrowRight, CircleAlert, CircleCheck, Code2, FileImage, Images, Info, ShieldCheck, TriangleAlert, Upload } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState, ErrorState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/spinner';
import { cn } from '@/lib/cn';
import { errorMessage, isProblem, ProblemError } from '@/lib/api/problem';
import type { Asset, Brand, ColourRole, ColourVerdict, Finding, LogoCheckReport, Verdict, VisualCheckReport } from '@/lib/api/types';
import { usePermission } from '@/lib/auth/permissions';
import { useBrand } from '../api/get-brand';
import { useLogoCheck } from '../api/run-logo-check';
import { useVisualCheck, type CheckInput } from '../api/run-visual-check';
import { AssetPicker } from './asset-picker';
import { AssetImage } from './asset-preview';
import { textareaClass } from './fields';
import { roleLabel } from './labels';

type Source = 'file' | 'asset' | 'html';

const VERDICT: Record<Verdict, { label: string; tone: BadgeTone }> = {
  pass: { label: 'Pass', tone: 'success' },
  warn: { label: 'Warning', tone: 'warning' },
  fail: { label: 'Fail', tone: 'danger' },
};

const SEVERITY = {
  fail: { Icon: CircleAlert, className: 'text-danger' },
  warn: { Icon: TriangleAlert, className: 'text-warning-ink' },
  info: { Icon: Info, className: 'text-primary' },
} as const;

function Swatch({ hex, label }: { hex: string; label?: string }) {
  return (
    <span className="flex min-w-0 items-center gap-2">
      <span className="size-8 shrink-0 rounded-[var(--radius-button)] border border-black/10" style={{ background: hex }} aria-hidden="true" />
      <span className="min-w-0">
        {label && <span className="block truncate text-sm text-ink">{label}</span>}
        <span className={cn('block font-mono', label ? 'text-xs text-muted' : 'text-sm text-ink')}>{hex}</span>
      </span>
    </span>
  );
}

/** "Teal · Primary", or "Primary" when the colour is named after its role. */
function paletteName(n: { name: string; role?: ColourRole | null }): string {
  if (!n.role) return n.name;
  const role = roleLabel(n.role);
  return n.name === role ? role : `${n.name} · ${role}`;
}

/** Found colours against their nearest palette colour: share, ΔE00 and a verdict each. */
function ColourTable({ colours }: { colours: ColourVerdict[] }) {
  if (colours.length === 0) return <p className="text-sm text-muted">No colours found.</p>;
  return (
    // `relative` keeps the screen-reader-only text of far cells inside the scroller.
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[28rem] text-left text-sm">
        <caption className="sr-only">Colours found and the nearest palette colour</caption>
        <thead className="text-xs text-muted">
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3 font-medium">Found</th>
            <th scope="col" className="py-2 pr-3 font-medium">Share</th>
            <th scope="col" className="py-2 pr-3 font-medium">Nearest palette colour</th>
            <th scope="col" className="py-2 pr-3 font-medium">ΔE</th>
            <th scope="col" className="py-2 font-medium">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {colours.map((c, i) => (
            <tr key={i} className="border-b border-line last:border-0">
              <td className="py-2 pr-3">
                <Swatch hex={c.hex} />
              </td>
              <td className="py-2 pr-3">
                <span className="flex items-center gap-2 tabular-nums">
                  <span className="h-1.5 w-10 overflow-hidden rounded-full bg-mist" aria-hidden="true">
                    <span className="block h-full bg-slate" style={{ width: `${Math.max(2, c.share * 100)}%` }} />
                  </span>
                  {(c.share * 100).toFixed(c.share < 0.1 ? 1 : 0)}%
                </span>
              </td>
              <td className="py-2 pr-3">
                {c.nearest ? (
                  <span className="flex items-center gap-2">
                    <ArrowRight className="size-4 shrink-0 text-muted" aria-hidden="true" />
                    <Swatch hex={c.nearest.hex} label={paletteName(c.nearest)} />
                  </span>
                ) : (
                  <span className="text-muted">—</span>
                )}
              </td>
              <td className="py-2 pr-3 tabular-nums">{c.delta_e?.toFixed(1) ?? '—'}</td>
              <td className="py-2">
                <Badge tone={VERDICT[c.verdict].tone}>{VERDICT[c.verdict].label}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Findings({ findings }: { findings: Finding[] }) {
  if (findings.length === 0)
    return (
      <p className="flex items-center gap-2 text-sm text-success-ink">
        <CircleCheck className="size-4" aria-hidden="true" />
        Nothing to fix.
      </p>
    );
  return (
    <ul className="flex flex-col gap-3">
      {findings.map((f, i) => {
        const { Icon, className } = SEVERITY[f.severity];
        return (
          <li key={i} className="flex gap-3">
            <Icon className={cn('mt-0.5 size-4 shrink-0', className)} aria-label={f.severity} />
            <div className="text-sm">
              <p className="text-ink">{f.message}</p>
              {f.suggestion && <p className="text-muted">{f.suggestion}</p>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function Score({ status, score, title, caption }: { status: Verdict; score: number; title: string; caption: string }) {
  const ring = status === 'pass' ? 'border-success text-success-ink' : status === 'warn' ? 'border-warning-ink/60 text-warning-ink' : 'border-danger text-danger';
  return (
    <div className="flex items-center gap-4">
      <div className={cn('flex size-16 shrink-0 flex-col items-center justify-center rounded-full border-4 bg-white', ring)}>
        <span className="text-xl leading-none font-semibold tabular-nums">{score}</span>
        <span className="text-[10px] leading-tight">/ 100</span>
      </div>
      <div>
        <p className="font-heading text-lg font-semibold text-ink">{title}</p>
        <Badge tone={VERDICT[status].tone}>{VERDICT[status].label}</Badge>
        <p className="mt-1 text-xs text-muted">{caption}</p>
      </div>
    </div>
  );
}

function VisualReport({ report }: { report: VisualCheckReport }) {
  const size = report.width && report.height ? ` · ${report.width}×${report.height}` : '';
  return (
    <div className="flex flex-col gap-5">
      <Score status={report.status} score={report.score} title="Colour consistency" caption="Score: the share of the colour that is on the palette." />
      <p className="text-xs text-muted">
        {report.source === 'image' ? 'Dominant colours of the image' : report.source === 'svg' ? 'Colours written in the SVG' : 'Colours written in the HTML'}
        {size}. Within ΔE {report.pass_delta_e} passes, up to {report.fail_delta_e} warns, beyond fails.
      </p>
      <Findings findings={report.findings} />
      <ColourTable colours={report.colours} />
    </div>
  );
}

function LogoReport({ report }: { report: LogoCheckReport }) {
  const cs = report.clear_space;
  return (
    <div className="flex flex-col gap-5">
      <Score status={report.status} score={report.score} title="Logo usage" caption="Score: the share of the logo's colour that is on the palette or in the brand's logos; size and clear space are judged apart." />
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3">
        <div className="rounded-[var(--radius-button)] bg-mist p-3">
          <dt className="text-xs text-muted">Logo width</dt>
          <dd className="font-semibold text-ink tabular-nums">{report.logo_width != null ? `${report.logo_width} px` : 'unknown'}</dd>
          {report.min_width_px != null && <dd className="text-xs text-muted">minimum {report.min_width_px} px {report.width_ok ? '✓' : '✗'}</dd>}
        </div>
        <div className="rounded-[var(--radius-button)] bg-mist p-3">
          <dt className="text-xs text-muted">Clear space</dt>
          <dd className="font-semibold text-ink tabular-nums">{cs ? `${Math.min(cs.margins.top, cs.margins.right, cs.margins.bottom, cs.margins.left)} px` : 'not measured'}</dd>
          {cs && <dd className="text-xs text-muted">needs {cs.required_px} px {cs.ok ? '✓' : '✗'}</dd>}
        </div>
        <div className="rounded-[var(--radius-button)] bg-mist p-3">
          <dt className="text-xs text-muted">Image</dt>
          <dd className="font-semibold text-ink tabular-nums">{report.width && report.height ? `${report.width}×${report.height}` : report.source.toUpperCase()}</dd>
        </div>
      </dl>
      <Findings findings={report.findings} />
      <ColourTable colours={report.colours} />
    </div>
  );
}

function fileFieldError(e: unknown): string | null {
  if (!(e instanceof ProblemError)) return null;
  return e.errors.find((x) => ['file', 'html', 'asset_id'].includes(x.field))?.message ?? null;
}

function ChecksForm({ brand }: { brand: Brand }) {
  const canWrite = usePermission('content_write');
  const [source, setSource] = useState<Source>('file');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [asset, setAsset] = useState<Asset | null>(null);
  const [picking, setPicking] = useState(false);
  const [html, setHtml] = useState('');
  const [last, setLast] = useState<'visual' | 'logo' | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = useId();
  const visual = useVisualCheck();
  const logo = useLogoCheck();
  const palette = brand.draft.visual.palette;

  const input: CheckInput | null = source === 'file' ? (file ? { file } : null) : source === 'asset' ? (asset ? { assetId: asset.id } : null) : html.trim() ? { html } : null;
  const run = (kind: 'visual' | 'logo') => {
    if (!input) return;
    setLast(kind);
    if (kind === 'visual') visual.mutate({ brandId: brand.id, input });
    else if (!('html' in input)) logo.mutate({ brandId: brand.id, input });
  };
  const active = last === 'logo' ? logo : visual;
  const error = active.isError ? active.error : null;

  const tabs: { id: Source; label: string; Icon: typeof Upload }[] = [
    { id: 'file', label: 'Upload', Icon: Upload },
    { id: 'asset', label: 'Library', Icon: Images },
    { id: 'html', label: 'HTML', Icon: Code2 },
  ];

  return (
    <div>
      <PageHeader title="Checks" description="Check an image, a logo or a piece of HTML against the brand's palette and logo rules before it goes out." />
      {palette.length === 0 && (
        <Alert tone="warning" className="mb-5" title="The brand has no palette yet">
          The colour check compares with the palette: add colours on the visual identity page first.
        </Alert>
      )}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Card className="self-start">
          <CardHeader>
            <CardTitle>What to check</CardTitle>
            <CardDescription>PNG, JPEG, WebP, GIF or SVG up to 10 MB, or an HTML snippet.</CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            <div role="tablist" aria-label="Source" className="flex flex-wrap gap-1 rounded-[var(--radius-button)] bg-mist p-1">
              {tabs.map(({ id, label, Icon }) => (
                <button
                  key={id}
                  type="button"
                  role="tab"
                  id={`${ids}-tab-${id}`}
                  aria-selected={source === id}
                  aria-controls={`${ids}-panel`}
                  onClick={() => setSource(id)}
                  className={cn('flex min-h-10 flex-1 items-center justify-center gap-1.5 rounded-[4px] px-2 text-sm whitespace-nowrap', source === id ? 'bg-white font-medium text-ink shadow-sm' : 'text-slate hover:text-ink')}
                >
                  <Icon className="size-4" aria-hidden="true" />
                  {label}
                </button>
              ))}
            </div>
            <div id={`${ids}-panel`} role="tabpanel" aria-labelledby={`${ids}-tab-${source}`}>
              {source === 'file' && (
                <div className="flex flex-col gap-3">
                  <input
                    ref={fileInput}
                    type="file"
                    accept="image/png,image/jpeg,image/webp,image/gif,image/svg+xml,.svg"
                    className="sr-only"
                    aria-label="Image to check"
                    onChange={(e) => {
                      const f = e.target.files?.[0] ?? null;
                      setFile(f);
                      if (preview) URL.revokeObjectURL(preview);
                      setPreview(f ? URL.createObjectURL(f) : null);
                    }}
                  />
                  <button
                    type="button"
                    onClick={() => fileInput.current?.click()}
                    className="flex min-h-40 flex-col items-center justify-center gap-2 rounded-[var(--radius-button)] border-2 border-dashed border-line bg-mist/50 p-4 text-sm text-slate hover:border-primary/50 hover:bg-primary-soft/40"
                  >
                    {preview ? <img src={preview} alt="" className="max-h-40 max-w-full object-contain" /> : <FileImage className="size-8 text-muted" aria-hidden="true" />}
                    <span>{file ? `${file.name} · choose another` : 'Choose an image'}</span>
                  </button>
                </div>
              )}
              {source === 'asset' && (
                <div className="flex flex-col gap-3">
                  {asset ? (
                    <div className="flex items-center gap-3 rounded-[var(--radius-button)] border border-line p-2">
                      <AssetImage asset={asset} className="size-16 rounded bg-mist" />
                      <span className="min-w-0 flex-1 truncate text-sm text-ink">{asset.name}</span>
                    </div>
                  ) : (
                    <p className="text-sm text-muted">No image chosen.</p>
                  )}
                  <div>
                    <Button variant="secondary" onClick={() => setPicking(true)}>
                      <Images aria-hidden="true" />
                      {asset ? 'Choose another' : 'Choose from the library'}
                    </Button>
                  </div>
                  <AssetPicker open={picking} onOpenChange={setPicking} kinds={['image', 'vector']} title="Choose an image to check" brandId={brand.id} onPick={setAsset} />
                </div>
              )}
              {source === 'html' && (
                <div className="flex flex-col gap-1.5">
                  <label htmlFor={`${ids}-html`} className="text-sm font-medium text-ink">
                    HTML snippet
                  </label>
                  <textarea
                    id={`${ids}-html`}
                    className={cn(textareaClass, 'min-h-48 font-mono text-xs sm:text-xs')}
                    placeholder={'<style>.cta { background: #106D7C; color: #fff }</style>\n<a class="cta">Book a demo</a>'}
                    value={html}
                    maxLength={200000}
                    onChange={(e) => setHtml(e.target.value)}
                  />
                  <p className="text-xs text-muted">Colours are read from &lt;style&gt;, style="" and colour attributes.</p>
                </div>
              )}
            </div>
            {error && fileFieldError(error) && <p className="text-sm text-danger" role="alert">{fileFieldError(error)}</p>}
            {canWrite ? (
              <div className="flex flex-wrap gap-2">
                <Button onClick={() => run('visual')} disabled={!input || palette.length === 0} loading={visual.isPending}>
                  <ShieldCheck aria-hidden="true" />
                  Check colours
                </Button>
                <Button variant="secondary" onClick={() => run('logo')} disabled={!input || source === 'html'} loading={logo.isPending} title={source === 'html' ? 'The logo check reads images' : undefined}>
                  Check logo usage
                </Button>
              </div>
            ) : (
              <p className="text-sm text-muted">Your role can read the brand but not run checks.</p>
            )}
          </CardContent>
        </Card>
        <Card className="self-start" aria-live="polite">
          <CardHeader>
            <CardTitle>Report</CardTitle>
          </CardHeader>
          <CardContent>
            {active.isPending ? (
              <PageSpinner label="Checking" />
            ) : error && !fileFieldError(error) ? (
              <Alert tone="danger">{errorMessage(error)}</Alert>
            ) : last === 'visual' && visual.data ? (
              <VisualReport report={visual.data} />
            ) : last === 'logo' && logo.data ? (
              <LogoReport report={logo.data} />
            ) : (
              <EmptyState icon={ShieldCheck} title="No report yet">
                Choose what to check, then run the colour check or the logo check.
              </EmptyState>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}

/** Visual consistency and logo usage checks of a brand (FR-6.1.2, FR-6.3.2, FR-6.3.3). */
export function ChecksPage({ brandId }: { brandId: string }) {
  const brand = useBrand(brandId);
  if (brand.isPending) return <PageSpinner label="Loading the brand" />;
  if (brand.isError) {
    if (isProblem(brand.error, 'not_found')) return <ErrorState message="This brand does not exist, or it belongs to another organization." />;
    return <ErrorState message={errorMessage(brand.error)} onRetry={() => brand.refetch()} />;
  }
  return <ChecksForm key={brand.data.id} brand={brand.data} />;
}
