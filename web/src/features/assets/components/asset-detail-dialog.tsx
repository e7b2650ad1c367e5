import { Check, Copy, Download, History, Trash2, Upload } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog, DialogContent } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { ProblemError, errorMessage } from '@/lib/api/problem';
import type { Asset } from '@/lib/api/types';
import { absoluteTime, relativeTime } from '@/lib/format';
import { useDeleteAsset } from '../api/delete-asset';
import { useAsset } from '../api/get-asset';
import { useAssetVersions } from '../api/get-asset-versions';
import { useBrandsForAssets, usePersonasOf } from '../api/get-personas';
import { useUpdateAsset } from '../api/update-asset';
import { useUploadVersion } from '../api/upload-version';
import { AssetPreview } from './asset-preview';
import { absoluteUrl, formatBytes, kindInfo } from './kinds';
import { TagInput } from './tag-input';

type Errors = Partial<Record<'name' | 'tags' | 'description' | 'persona_ids' | 'form', string>>;

function fieldErrors(e: unknown): Errors {
  if (!(e instanceof ProblemError)) return { form: errorMessage(e) };
  const out: Errors = {};
  for (const fe of e.errors) {
    const key = (['name', 'tags', 'description', 'persona_ids'] as const).find((k) => fe.field === k || fe.field.startsWith(`${k}.`));
    if (key) out[key] = fe.message;
    else out.form = fe.message;
  }
  if (e.errors.length === 0) out.form = e.detail;
  return out;
}

function PersonaPicker({ value, onChange, disabled, describedBy }: { value: string[]; onChange: (ids: string[]) => void; disabled: boolean; describedBy?: string }) {
  const brands = useBrandsForAssets();
  const brandList = brands.data?.items ?? [];
  const personas = usePersonasOf(brandList.map((b) => b.id));
  if (brands.isPending || personas.some((p) => p.isPending)) return <Skeleton className="h-11 w-full" />;
  if (brands.isError) return <p className="text-sm text-danger">{errorMessage(brands.error)}</p>;
  const groups = brandList.map((b, i) => ({ brand: b, items: personas[i]?.data?.items ?? [] })).filter((g) => g.items.length > 0);
  if (groups.length === 0) return <p className="text-sm text-muted">No personas yet. Add them on a brand's Personas page to link assets to them.</p>;
  return (
    <div className="flex flex-col gap-3" aria-describedby={describedBy}>
      {groups.map(({ brand, items }) => (
        <fieldset key={brand.id} className="flex flex-col gap-1">
          {groups.length > 1 && <legend className="mb-1 text-xs font-medium tracking-wide text-muted uppercase">{brand.name}</legend>}
          {items.map((p) => {
            const checked = value.includes(p.id);
            return (
              <label key={p.id} className="flex min-h-9 cursor-pointer items-center gap-2 rounded-[var(--radius-button)] px-2 text-sm hover:bg-mist">
                <input
                  type="checkbox"
                  className="size-4 accent-[var(--color-primary)]"
                  checked={checked}
                  disabled={disabled}
                  onChange={() => onChange(checked ? value.filter((id) => id !== p.id) : [...value, p.id])}
                />
                {p.name}
              </label>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}

function Versions({ asset, canWrite }: { asset: Asset; canWrite: boolean }) {
  const versions = useAssetVersions(asset.id);
  const upload = useUploadVersion();
  const [progress, setProgress] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function onFile(file: File | undefined) {
    if (!file) return;
    setError(null);
    setProgress(0);
    try {
      await upload.mutateAsync({ id: asset.id, file, comment: comment.trim() || undefined, onProgress: setProgress });
      setComment('');
      await versions.refetch();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setProgress(null);
    }
  }

  return (
    <section aria-labelledby="versions-heading" className="mt-6 border-t border-line pt-5">
      <h3 id="versions-heading" className="mb-3 flex items-center gap-2 font-heading text-base font-semibold text-ink">
        <History className="size-4 text-muted" strokeWidth={2} aria-hidden="true" />
        Versions
      </h3>
      {versions.isPending ? (
        <Skeleton className="h-12 w-full" />
      ) : versions.isError ? (
        <p className="text-sm text-danger">{errorMessage(versions.error)}</p>
      ) : (
        <ol className="divide-y divide-line rounded-[var(--radius-button)] border border-line">
          {versions.data.items.map((v) => (
            <li key={v.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
              <span className="font-medium text-ink">v{v.version}</span>
              {v.current && <Badge tone="success">Current</Badge>}
              <span className="text-muted">{v.content_type.split(';')[0]}</span>
              <span className="text-muted">{formatBytes(v.size_bytes)}</span>
              <time className="text-muted" dateTime={v.created_at} title={absoluteTime(v.created_at)}>
                {relativeTime(v.created_at)}
              </time>
              <a href={v.url} download className="ml-auto font-medium text-primary hover:underline" aria-label={`Download version ${v.version}`}>
                Download
              </a>
              {v.comment && <span className="w-full text-slate">{v.comment}</span>}
            </li>
          ))}
        </ol>
      )}
      {canWrite && (
        <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-end">
          <FormField id="version-comment" label="What changed" className="flex-1">
            <Input value={comment} onChange={(e) => setComment(e.target.value)} placeholder="e.g. Tighter letter spacing" maxLength={500} />
          </FormField>
          <input ref={input} type="file" className="sr-only" tabIndex={-1} aria-hidden="true" onChange={(e) => { void onFile(e.target.files?.[0]); e.target.value = ''; }} />
          <Button variant="secondary" loading={progress !== null} onClick={() => input.current?.click()}>
            <Upload strokeWidth={2} aria-hidden="true" />
            {progress !== null ? `Uploading ${Math.round(progress * 100)}%` : 'Upload new version'}
          </Button>
        </div>
      )}
      {error && (
        <Alert tone="danger" className="mt-3">
          {error}
        </Alert>
      )}
    </section>
  );
}

export function AssetDetailDialog({ asset: initial, canWrite, onClose }: { asset: Asset; canWrite: boolean; onClose: () => void }) {
  const query = useAsset(initial.id, initial);
  const asset = query.data ?? initial;
  const update = useUpdateAsset();
  const del = useDeleteAsset();
  const [name, setName] = useState(asset.name);
  const [tags, setTags] = useState<string[]>(asset.tags);
  const [description, setDescription] = useState(asset.description);
  const [personaIds, setPersonaIds] = useState<string[]>(asset.persona_ids);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);
  const [confirm, setConfirm] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const t = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(t);
  }, [copied]);

  async function onSave(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    setSaved(false);
    try {
      await update.mutateAsync({ id: asset.id, body: { name, tags, description, persona_ids: personaIds } });
      setSaved(true);
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  }

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(absoluteUrl(asset.url));
      setCopied(true);
    } catch {
      setErrors({ form: 'The link could not be copied; open the file and copy its address instead.' });
    }
  }

  const { one } = kindInfo(asset.kind);
  return (
    <Dialog open onOpenChange={(o) => !o && onClose()}>
      <DialogContent title={asset.name} description={`${one} · ${asset.content_type.split(';')[0]} · ${formatBytes(asset.size_bytes)}${asset.width && asset.height ? ` · ${asset.width}×${asset.height} px` : ''}`} wide>
        <AssetPreview asset={asset} size="large" />
        <div className="mt-3 flex flex-wrap gap-2">
          <Button variant="secondary" size="sm" onClick={onCopy}>
            {copied ? <Check strokeWidth={2} aria-hidden="true" /> : <Copy strokeWidth={2} aria-hidden="true" />}
            {copied ? 'Link copied' : 'Copy link'}
          </Button>
          <Button variant="secondary" size="sm" asChild>
            <a href={asset.url} target="_blank" rel="noopener noreferrer">
              <Download strokeWidth={2} aria-hidden="true" />
              Open file
            </a>
          </Button>
          {canWrite && (
            <Button variant="ghost" size="sm" className="text-danger hover:text-danger sm:ml-auto" onClick={() => setConfirm(true)}>
              <Trash2 strokeWidth={2} aria-hidden="true" />
              Delete
            </Button>
          )}
        </div>
        <p className="mt-2 text-xs text-muted">Copied links work without signing in and stop working after about an hour.</p>

        {Object.keys(asset.metadata).length > 0 && (
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-[var(--radius-button)] bg-mist px-3 py-2 text-sm" aria-label="Metadata">
            {Object.entries(asset.metadata).map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="text-muted">{k}</dt>
                <dd className="min-w-0 break-words text-ink">{typeof v === 'string' ? v : JSON.stringify(v)}</dd>
              </div>
            ))}
          </dl>
        )}

        <form onSubmit={onSave} className="mt-5 flex flex-col gap-4" noValidate>
          {errors.form && <Alert tone="danger">{errors.form}</Alert>}
          {saved && (
            <Alert tone="success" onDismiss={() => setSaved(false)}>
              Changes saved.
            </Alert>
          )}
          <FormField id="asset-name" label="Name" error={errors.name}>
            <Input value={name} onChange={(e) => setName(e.target.value)} disabled={!canWrite} maxLength={300} />
          </FormField>
          <FormField id="asset-tags" label="Tags" error={errors.tags} hint="Tags are searchable and filterable.">
            <TagInput value={tags} onChange={setTags} disabled={!canWrite} />
          </FormField>
          <FormField id="asset-description" label="Description" error={errors.description}>
            <textarea
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              disabled={!canWrite}
              rows={3}
              maxLength={5000}
              className="block w-full rounded-[var(--radius-button)] border border-line bg-white px-3 py-2 text-base text-ink placeholder:text-muted/80 hover:border-slate/50 focus-visible:border-primary aria-[invalid=true]:border-danger disabled:bg-mist sm:text-sm"
            />
          </FormField>
          <div className="flex flex-col gap-1.5">
            <span className="text-sm font-medium text-ink" id="asset-personas-label">
              Personas
            </span>
            <PersonaPicker value={personaIds} onChange={setPersonaIds} disabled={!canWrite} describedBy={errors.persona_ids ? 'asset-personas-error' : undefined} />
            {errors.persona_ids && (
              <p id="asset-personas-error" className="text-sm text-danger" role="alert">
                {errors.persona_ids}
              </p>
            )}
          </div>
          {canWrite && (
            <div className="flex justify-end">
              <Button type="submit" loading={update.isPending}>
                Save changes
              </Button>
            </div>
          )}
        </form>

        <Versions asset={asset} canWrite={canWrite} />

        <ConfirmDialog
          open={confirm}
          onOpenChange={setConfirm}
          title={`Delete “${asset.name}”?`}
          description="The file, every earlier version and its thumbnail are removed. Links to it stop working."
          confirmLabel="Delete asset"
          pending={del.isPending}
          error={del.error ? errorMessage(del.error) : null}
          onConfirm={async () => {
            try {
              await del.mutateAsync(asset.id);
              setConfirm(false);
              onClose();
            } catch {
              // shown in the dialog
            }
          }}
        />
      </DialogContent>
    </Dialog>
  );
}
