import { HighlightedText } from '@/components/ui/highlighted-text';
import { cn } from '@/lib/cn';
import { BrandAvatar, type Device, type FieldHighlights, type PreviewBrand } from './preview-kit';

/**
 * The email's own HTML, shown as a document of its own: inside an iframe with `sandbox=""` (no
 * scripts, no forms, no same-origin access, no pop-ups) and a policy that blocks every load but
 * inline styles and images, so neither a script nor a tracking pixel can run from a draft.
 */
export function emailDocument(bodyHtml: string): string {
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<style>body{margin:0;padding:16px;font:15px/1.55 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2937;background:#fff;word-wrap:break-word}img{max-width:100%;height:auto}a{color:#106d7c}</style>',
    '</head><body>',
    bodyHtml,
    '</body></html>',
  ].join('');
}

export function EmailPreview({
  brand,
  subject,
  preheader,
  bodyHtml,
  subjectVariants,
  delayDays,
  device,
  highlights,
}: {
  brand: PreviewBrand;
  subject: string;
  preheader?: string;
  bodyHtml: string;
  subjectVariants?: string[];
  delayDays?: number;
  device: Device;
  highlights: FieldHighlights;
}) {
  return (
    <div className="bg-white">
      <div aria-label="In the inbox" role="group" className="flex gap-3 border-b border-line bg-primary-soft/40 px-4 py-3">
        <BrandAvatar brand={brand} className="size-9 text-xs" />
        <div className="min-w-0 flex-1 text-sm">
          <p className="flex items-baseline justify-between gap-2">
            <span className="truncate font-semibold text-ink">{brand.name}</span>
            <span className="shrink-0 text-xs text-muted">now</span>
          </p>
          <p className={cn('font-semibold text-ink', device === 'mobile' ? 'line-clamp-2' : 'truncate')}>
            <HighlightedText text={subject} highlights={highlights('subject')} />
          </p>
          {preheader ? (
            <p className={cn('text-muted', device === 'mobile' ? 'line-clamp-2' : 'truncate')}>
              <HighlightedText text={preheader} highlights={highlights('preheader')} />
            </p>
          ) : (
            <p className="text-muted italic">No preheader: mail apps show the first words of the body.</p>
          )}
        </div>
      </div>
      <iframe
        title={`Email body: ${subject}`}
        sandbox=""
        srcDoc={emailDocument(bodyHtml)}
        referrerPolicy="no-referrer"
        loading="lazy"
        className={cn('block w-full border-0 bg-white', device === 'mobile' ? 'h-[520px]' : 'h-[460px]')}
      />
      {((subjectVariants?.length ?? 0) > 0 || (delayDays ?? 0) > 0) && (
        <dl className="flex flex-col gap-2 border-t border-line px-4 py-3 text-sm">
          {(subjectVariants?.length ?? 0) > 0 && (
            <div>
              <dt className="text-xs font-semibold tracking-wide text-muted uppercase">Subject lines to test</dt>
              <dd>
                <ul className="mt-1 list-disc pl-5 text-ink">
                  {subjectVariants?.map((s, i) => (
                    <li key={i}>{s}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {(delayDays ?? 0) > 0 && (
            <div className="flex gap-2">
              <dt className="text-muted">Sent</dt>
              <dd className="text-ink">
                {delayDays} day{delayDays === 1 ? '' : 's'} after the previous email
              </dd>
            </div>
          )}
        </dl>
      )}
    </div>
  );
}
