import { useState } from 'react';
import { Globe, Save, Undo2 } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/spinner';
import { errorMessage, isProblem } from '@/lib/api/problem';
import type { Brand } from '@/lib/api/types';
import { useBrand } from '../api/get-brand';
import { CaptureFromWebsite } from './capture-from-website';
import { Section } from './fields';
import { GuidelinesSection } from './guidelines-section';
import { LogoSection } from './logo-section';
import { PaletteSection } from './palette-section';
import { TypographySection } from './typography-section';
import { useVisualDraft, type VisualDraft } from './use-visual-draft';

const JUMPS = [
  ['palette', 'Palette'],
  ['contrast', 'Contrast'],
  ['typography', 'Type'],
  ['logos', 'Logos'],
  ['logo-rules', 'Usage rules'],
  ['iconography', 'Icons'],
  ['photography', 'Photos'],
  ['sonic', 'Sound'],
] as const;

function Header({ brand, editor }: { brand: Brand; editor: VisualDraft }) {
  const status = editor.dirty ? (
    <Badge tone="warning">Unsaved changes</Badge>
  ) : brand.has_unpublished_changes ? (
    <Badge tone="coral">Saved · not published</Badge>
  ) : (
    <Badge tone="success">Published · v{brand.published_version}</Badge>
  );
  return (
    <PageHeader
      title="Visual identity"
      description="Colours, type, logos and imagery: how the brand looks wherever it shows up."
      actions={
        <div className="flex flex-wrap items-center gap-2">
          <span role="status">{status}</span>
          {editor.canEdit && editor.dirty && (
            <Button variant="ghost" onClick={editor.discard}>
              <Undo2 aria-hidden="true" />
              Discard
            </Button>
          )}
          {editor.canEdit && (
            <Button variant={editor.dirty ? 'primary' : 'secondary'} onClick={editor.save} loading={editor.saving} disabled={!editor.dirty}>
              <Save aria-hidden="true" />
              Save
            </Button>
          )}
        </div>
      }
    />
  );
}

function VisualForm({ brand }: { brand: Brand }) {
  const editor = useVisualDraft(brand);
  const [capturing, setCapturing] = useState(false);
  return (
    // Not a <form>: the capture panel and the palette generator are forms of their own.
    <div>
      <Header brand={brand} editor={editor} />
      {editor.saveError && (
        <Alert tone="danger" className="mb-4">
          {editor.saveError}
        </Alert>
      )}
      <nav aria-label="Parts of the visual identity" className="mb-5 flex flex-wrap gap-2">
        {JUMPS.map(([id, label]) => (
          <a key={id} href={`#${id}`} className="inline-flex min-h-9 items-center rounded-full border border-line bg-white px-3 text-sm text-slate hover:border-primary/40 hover:text-ink max-md:min-h-11">
            {label}
          </a>
        ))}
      </nav>
      <div className="flex flex-col gap-6">
        <Section
          title="Start from your website"
          description="Brandium reads your site's pages and stylesheets and proposes colours, fonts, logos and copy. You choose what to keep."
          actions={
            !capturing && (
              <Button variant="secondary" size="sm" onClick={() => setCapturing(true)}>
                <Globe aria-hidden="true" />
                Capture from a website
              </Button>
            )
          }
        >
          {capturing ? (
            <CaptureFromWebsite brandId={brand.id} draft={editor.draft} onApply={(profile) => editor.replace(profile)} />
          ) : (
            <p className="text-sm text-muted">Useful for a first draft, or to check the site still matches the guidelines.</p>
          )}
        </Section>
        <PaletteSection editor={editor} />
        <TypographySection editor={editor} />
        <LogoSection editor={editor} brandId={brand.id} />
        <GuidelinesSection editor={editor} brandId={brand.id} />
      </div>
      {editor.canEdit && editor.dirty && (
        <div className="sticky bottom-4 z-10 mt-6 flex justify-end">
          <div className="flex items-center gap-2 rounded-[var(--radius-card)] bg-white p-2 shadow-[var(--shadow-pop)]">
            <span className="px-2 text-sm text-slate">Unsaved changes</span>
            <Button variant="ghost" onClick={editor.discard}>
              Discard
            </Button>
            <Button onClick={editor.save} loading={editor.saving}>
              <Save aria-hidden="true" />
              Save
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}

/** The visual identity section of a brand (FR-6.1, FR-6.3, FR-6.7 to FR-6.9). */
export function VisualIdentityPage({ brandId }: { brandId: string }) {
  const brand = useBrand(brandId);
  if (brand.isPending) return <PageSpinner label="Loading the brand" />;
  if (brand.isError) {
    if (isProblem(brand.error, 'not_found')) return <ErrorState message="This brand does not exist, or it belongs to another organization." />;
    return <ErrorState message={errorMessage(brand.error)} onRetry={() => brand.refetch()} />;
  }
  return <VisualForm key={brand.data.id} brand={brand.data} />;
}
