import type { Channel, Draft, FieldFinding, Review } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { SHORT_POST } from '@/features/inbox/lib/channels';
import { highlightsFor, violationHighlights } from '@/features/inbox/lib/findings';
import { LinkedInSponsored, MetaAd } from './ad-cards';
import { BlogPreview } from './blog-preview';
import { EmailPreview } from './email-preview';
import { FacebookPost, InstagramPost, LinkedInPost, TikTokPost } from './feed-post';
import { GoogleRsa } from './google-rsa';
import { handleOf, type Device, type FieldHighlights, type PreviewBrand } from './preview-kit';
import { ShortPost } from './short-post';

const SOCIAL_HOSTS = /(^|\.)(x|twitter|linkedin|instagram|facebook|tiktok|threads|youtube|pinterest)\.(com|net)$|bsky\.app$/;

/** The brand's own website from its links, for ad and search previews; a made-up one when it has none. */
export function brandDomain(brand: PreviewBrand): string {
  for (const link of brand.links) {
    try {
      const host = new URL(link).hostname.replace(/^www\./, '');
      if (!SOCIAL_HOSTS.test(host)) return host;
    } catch {
      /* not a URL */
    }
  }
  return `${brand.name.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'brand'}.com`;
}

/** A social post as the formatter will publish it, or the raw text when the API sent no parts. */
export function publishedParts(draft: Extract<Draft, { kind: 'social' }>, review: Review): string[] {
  if (review.parts.length > 0) return review.parts;
  const tags = (draft.hashtags ?? []).map((t) => `#${t.replace(/^#/, '')}`).filter((t) => t.length > 1 && !draft.text.includes(t));
  return [tags.length ? `${draft.text.trimEnd()}\n\n${tags.join(' ')}` : draft.text];
}

/**
 * The fields the preview shows exactly as written, so their findings are marked in place. Other
 * fields (a post split into a thread, the email and article bodies) are listed with their
 * findings beside the preview.
 */
export function fieldsShownInPlace(draft: Draft, review: Review): Set<string> {
  switch (draft.kind) {
    case 'social': {
      const parts = publishedParts(draft, review);
      return new Set(parts.length === 1 && parts[0].startsWith(draft.text) ? ['text'] : []);
    }
    case 'google_rsa':
      return new Set([...draft.headlines.map((_, i) => `headlines[${i}]`), ...draft.descriptions.map((_, i) => `descriptions[${i}]`)]);
    case 'meta_ad':
      return new Set(['primary_text', 'headline', 'description']);
    case 'linkedin_sponsored':
      return new Set(draft.description ? ['intro', 'headline', 'description'] : ['intro', 'headline']);
    case 'email':
      return new Set(['subject', 'preheader']);
    case 'blog':
      return new Set(['seo_title', 'meta_description']);
  }
}

function Body({ channel, draft, review, brand, device }: { channel: Channel; draft: Draft; review: Review; brand: PreviewBrand; device: Device }) {
  const findings: FieldFinding[] = review.findings;
  const hl: FieldHighlights = (field) => highlightsFor(findings, field);
  switch (draft.kind) {
    case 'social': {
      const parts = publishedParts(draft, review);
      const inPlace = fieldsShownInPlace(draft, review).has('text');
      const partHighlights = (i: number) => [...violationHighlights(review.violations, 'text', i), ...(inPlace ? hl('text') : [])];
      if (channel === 'linkedin') return <LinkedInPost brand={brand} text={parts.join('\n\n')} highlights={partHighlights(0)} device={device} />;
      if (channel === 'facebook') return <FacebookPost brand={brand} text={parts.join('\n\n')} highlights={partHighlights(0)} device={device} />;
      if (channel === 'instagram')
        return <InstagramPost brand={brand} handle={handleOf(brand, channel)} text={parts.join('\n\n')} highlights={partHighlights(0)} device={device} />;
      if (channel === 'tiktok') return <TikTokPost brand={brand} handle={handleOf(brand, channel)} text={parts.join('\n\n')} highlights={partHighlights(0)} device={device} />;
      return <ShortPost channel={SHORT_POST.includes(channel) ? channel : 'x'} brand={brand} parts={parts} device={device} highlightsFor={partHighlights} />;
    }
    case 'google_rsa':
      return (
        <GoogleRsa
          domain={brandDomain(brand)}
          headlines={draft.headlines}
          descriptions={draft.descriptions}
          path1={draft.path1}
          path2={draft.path2}
          highlights={hl}
          violations={review.violations}
        />
      );
    case 'meta_ad':
      return <MetaAd brand={brand} domain={brandDomain(brand)} primaryText={draft.primary_text} headline={draft.headline} description={draft.description} highlights={hl} />;
    case 'linkedin_sponsored':
      return <LinkedInSponsored brand={brand} domain={brandDomain(brand)} intro={draft.intro} headline={draft.headline} description={draft.description} highlights={hl} />;
    case 'email':
      return (
        <EmailPreview
          brand={brand}
          subject={draft.subject}
          preheader={draft.preheader}
          bodyHtml={draft.body_html}
          subjectVariants={draft.subject_variants}
          delayDays={draft.delay_days}
          device={device}
          highlights={hl}
        />
      );
    case 'blog':
      return (
        <BlogPreview
          domain={brandDomain(brand)}
          seoTitle={draft.seo_title}
          metaDescription={draft.meta_description}
          slug={draft.slug}
          outline={draft.outline}
          bodyMarkdown={draft.body_markdown}
          highlights={hl}
        />
      );
  }
}

/** How the draft looks on its network, framed as a desktop window or a phone screen. */
export function PlatformPreview({
  channel,
  draft,
  review,
  brand,
  device,
  className,
}: {
  channel: Channel;
  draft: Draft;
  review: Review;
  brand: PreviewBrand;
  device: Device;
  className?: string;
}) {
  return (
    <div
      data-device={device}
      className={cn(
        'overflow-hidden bg-white',
        device === 'mobile' ? 'mx-auto w-full max-w-[360px] rounded-[22px] border-[6px] border-ink/85 shadow-[var(--shadow-card)]' : 'rounded-[var(--radius-button)] border border-line',
        className,
      )}
    >
      <Body channel={channel} draft={draft} review={review} brand={brand} device={device} />
    </div>
  );
}
