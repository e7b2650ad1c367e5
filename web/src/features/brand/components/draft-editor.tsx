import { useState, type ReactNode } from 'react';
import { CircleAlert, CloudUpload, Save } from 'lucide-react';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import type { Brand } from '@/lib/api/types';
import { usePermission } from '@/lib/auth/permissions';
import { useSaveDraft } from '../api/save-draft';
import { useBrandDraft, type BrandDraft } from '@/lib/brand-draft';
import { fieldId, findField, pathLabel } from './field-errors';
import { PublishDialog } from './publish-dialog';

export type DraftEditor = BrandDraft;

/** The draft a section form edits; its page lists validation errors itself (`ErrorSummary`). */
export function useDraftEditor(brand: Brand): DraftEditor {
  return useBrandDraft(brand, useSaveDraft(brand.id));
}

/** Title, save state and the Publish action above a section form. */
export function SectionHeader({ brand, editor, title, description }: { brand: Brand; editor: DraftEditor; title: string; description: ReactNode }) {
  const canPublish = usePermission('content_approve');
  const [publishing, setPublishing] = useState(false);
  const status = editor.dirty ? (
    <Badge tone="warning">Unsaved changes</Badge>
  ) : brand.has_unpublished_changes ? (
    <Badge tone="coral">Saved · not published</Badge>
  ) : (
    <Badge tone="success">Published · v{brand.published_version}</Badge>
  );
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <span role="status">{status}</span>
            {editor.canEdit && (
              <Button variant={editor.dirty ? 'primary' : 'secondary'} onClick={editor.save} loading={editor.saving} disabled={!editor.dirty}>
                <Save aria-hidden="true" />
                Save
              </Button>
            )}
            {canPublish && (
              <Button
                variant="secondary"
                onClick={() => setPublishing(true)}
                disabled={editor.dirty || !brand.has_unpublished_changes}
                title={editor.dirty ? 'Save your changes before publishing' : !brand.has_unpublished_changes ? 'Nothing changed since the last published version' : undefined}
              >
                <CloudUpload aria-hidden="true" />
                Publish
              </Button>
            )}
          </div>
        }
      />
      <PublishDialog brand={brand} open={publishing} onOpenChange={setPublishing} />
      <ErrorSummary editor={editor} />
    </>
  );
}

/** Every server error of the last save, each linking to its field; shown above the form. */
function ErrorSummary({ editor }: { editor: DraftEditor }) {
  const entries = Object.entries(editor.errors);
  if (editor.saveError) return <Alert tone="danger" className="mb-6">{editor.saveError}</Alert>;
  if (entries.length === 0) return null;
  return (
    <Alert tone="danger" title="Some fields need attention" className="mb-6">
      <ul className="mt-1 list-disc pl-5">
        {entries.map(([path, message]) => (
          <li key={path}>
            <a
              href={`#${fieldId(path)}`}
              className="underline underline-offset-2"
              onClick={(e) => {
                const el = findField(path);
                if (el) {
                  e.preventDefault();
                  el.focus();
                }
              }}
            >
              {pathLabel(path)}
            </a>
            : {message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** A bar that stays in view while there are unsaved changes, so Save is never a scroll away. */
export function SaveBar({ editor }: { editor: DraftEditor }) {
  if (!editor.dirty || !editor.canEdit) return null;
  return (
    <div className="sticky bottom-16 z-20 mt-8 md:bottom-4">
      <div className="flex items-center justify-between gap-3 rounded-[var(--radius-card)] border border-line bg-white px-4 py-3 shadow-[var(--shadow-pop)]">
        <p className="flex items-center gap-2 text-sm font-medium text-ink">
          <CircleAlert className="size-4 text-warning-ink" aria-hidden="true" />
          Unsaved changes
        </p>
        <div className="flex gap-2">
          <Button variant="ghost" size="sm" onClick={editor.discard}>
            Discard
          </Button>
          <Button size="sm" onClick={editor.save} loading={editor.saving}>
            Save
          </Button>
        </div>
      </div>
    </div>
  );
}
