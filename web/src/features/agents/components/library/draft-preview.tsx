import type { Draft } from '@/lib/api/types';

/** The approved text of a draft, the way its channel shows it. `parts` are the social posts as they will be published. */
export function DraftPreview({ draft, parts }: { draft: Draft; parts: string[] }) {
  switch (draft.kind) {
    case 'social': {
      const posts = parts.length > 0 ? parts : [draft.text];
      if (posts.length === 1) return <p className="text-sm whitespace-pre-wrap text-ink">{posts[0]}</p>;
      return (
        <ol className="flex flex-col gap-2" aria-label="Thread">
          {posts.map((p, i) => (
            <li key={i} className="flex gap-2 text-sm">
              <span className="mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full bg-mist text-[11px] font-semibold text-slate tabular-nums" aria-label={`Post ${i + 1} of ${posts.length}`}>
                {i + 1}
              </span>
              <span className="min-w-0 whitespace-pre-wrap text-ink">{p}</span>
            </li>
          ))}
        </ol>
      );
    }
    case 'google_rsa':
      return (
        <dl className="flex flex-col gap-2 text-sm">
          <div>
            <dt className="text-xs font-semibold text-muted">Headlines</dt>
            <dd>
              <ul className="mt-1 flex flex-wrap gap-1">
                {draft.headlines.map((h, i) => (
                  <li key={i} className="rounded border border-line bg-white px-1.5 py-0.5 text-xs text-ink">
                    {h}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
          <div>
            <dt className="text-xs font-semibold text-muted">Descriptions</dt>
            <dd className="flex flex-col gap-1 text-ink">
              {draft.descriptions.map((d, i) => (
                <span key={i}>{d}</span>
              ))}
            </dd>
          </div>
        </dl>
      );
    case 'meta_ad':
      return (
        <dl className="flex flex-col gap-2 text-sm">
          <Field label="Primary text" value={draft.primary_text} />
          <Field label="Headline" value={draft.headline} />
        </dl>
      );
    case 'linkedin_sponsored':
      return (
        <dl className="flex flex-col gap-2 text-sm">
          <Field label="Intro" value={draft.intro} />
          <Field label="Headline" value={draft.headline} />
        </dl>
      );
    case 'email':
      return (
        <dl className="flex flex-col gap-2 text-sm">
          <Field label="Subject" value={draft.subject} />
          {draft.preheader && <Field label="Preheader" value={draft.preheader} />}
        </dl>
      );
    case 'blog':
      return (
        <dl className="flex flex-col gap-2 text-sm">
          <Field label="SEO title" value={draft.seo_title} />
          <Field label="Meta description" value={draft.meta_description} />
        </dl>
      );
  }
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs font-semibold text-muted">{label}</dt>
      <dd className="whitespace-pre-wrap text-ink">{value}</dd>
    </div>
  );
}
