import { useState } from 'react';
import { Music, Plus, Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import type { ImageryGuideline } from '@/lib/api/types';
import { AssetPicker } from './asset-picker';
import { AudioById } from './asset-preview';
import { PathField, Section, textareaClass } from './fields';
import { ImageList } from './logo-section';
import type { VisualDraft } from './use-visual-draft';

function Imagery({ which, title, description, placeholder, editor, brandId }: { which: 'iconography' | 'photography'; title: string; description: string; placeholder: string; editor: VisualDraft; brandId: string }) {
  const g: ImageryGuideline = editor.draft.visual[which];
  return (
    <Section id={which} title={title} description={description}>
      <PathField path={`visual.${which}.guidance`} label="Guidance" errors={editor.errors}>
        <textarea className={textareaClass} value={g.guidance} readOnly={!editor.canEdit} placeholder={placeholder} onChange={(e) => editor.edit((d) => void (d.visual[which].guidance = e.target.value))} />
      </PathField>
      <div className="flex flex-col gap-2">
        <h3 className="text-sm font-semibold text-ink">Reference images</h3>
        <ImageList ids={g.reference_asset_ids} onChange={(ids) => editor.edit((d) => void (d.visual[which].reference_asset_ids = ids))} editor={editor} brandId={brandId} label={`${title} references`} tags={[which]} />
      </div>
    </Section>
  );
}

function Sonic({ editor, brandId }: { editor: VisualDraft; brandId: string }) {
  const { draft, canEdit, errors, edit } = editor;
  const [picking, setPicking] = useState<number | null>(null);
  const sonic = draft.visual.sonic;
  return (
    <Section id="sonic" title="Sonic assets" description="Jingles, sound logos and voice-over references.">
      {sonic.length === 0 && <p className="text-sm text-muted">No audio yet.</p>}
      <ul className="flex flex-col gap-3">
        {sonic.map((s, i) => (
          <li key={i} className="relative grid gap-4 rounded-[var(--radius-button)] border border-line p-3 pr-14 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)] sm:p-4 sm:pr-16">
            <div className="flex flex-col gap-3">
              <PathField path={`visual.sonic[${i}].name`} label="Name" errors={errors}>
                <Input value={s.name} readOnly={!canEdit} maxLength={200} onChange={(e) => edit((d) => void (d.visual.sonic[i].name = e.target.value))} />
              </PathField>
              <PathField path={`visual.sonic[${i}].usage`} label="When to use it" errors={errors}>
                <Input value={s.usage ?? ''} readOnly={!canEdit} placeholder="End of every video ad" onChange={(e) => edit((d) => void (d.visual.sonic[i].usage = e.target.value))} />
              </PathField>
            </div>
            <div className="flex flex-col justify-center gap-2">
              <AudioById id={s.asset_id} label={s.name || `Audio ${i + 1}`} />
              {canEdit && (
                <div>
                  <Button variant="secondary" size="sm" onClick={() => setPicking(i)}>
                    <Music aria-hidden="true" />
                    Replace audio
                  </Button>
                </div>
              )}
            </div>
            {canEdit && (
              <Button variant="ghost" size="icon" className="absolute top-2 right-2 sm:top-3 sm:right-3" aria-label={`Remove ${s.name || `audio ${i + 1}`}`} onClick={() => edit((d) => void d.visual.sonic.splice(i, 1))}>
                <Trash2 aria-hidden="true" />
              </Button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <div>
          <Button variant="secondary" size="sm" onClick={() => setPicking(-1)}>
            <Plus aria-hidden="true" />
            Add audio
          </Button>
        </div>
      )}
      <AssetPicker
        open={picking !== null}
        onOpenChange={(o) => !o && setPicking(null)}
        kinds={['audio']}
        title="Choose an audio file"
        description="MP3, WAV, OGG or another audio format."
        brandId={brandId}
        tags={['sonic']}
        onPick={(a) =>
          edit((d) => {
            if (picking !== null && picking >= 0) d.visual.sonic[picking].asset_id = a.id;
            else d.visual.sonic.push({ name: a.name.replace(/\.[a-z0-9]+$/i, ''), asset_id: a.id, usage: '' });
          })
        }
      />
    </Section>
  );
}

/** Iconography and photography guidelines with reference images (FR-6.7, FR-6.9), and sonic assets. */
export function GuidelinesSection({ editor, brandId }: { editor: VisualDraft; brandId: string }) {
  return (
    <>
      <Imagery which="iconography" title="Iconography" description="Icon style: stroke or fill, corner radius, grid, colour." placeholder="Line icons, 2px stroke, rounded ends, on a 24px grid; primary colour on light backgrounds." editor={editor} brandId={brandId} />
      <Imagery which="photography" title="Photography" description="What the brand's pictures show and how they are shot." placeholder="Real customers at work, natural light, warm tones; no staged stock photos." editor={editor} brandId={brandId} />
      <Sonic editor={editor} brandId={brandId} />
    </>
  );
}
