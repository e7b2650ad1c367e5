//! What a crawl found: one [`PageRecord`] per URL fetched (or refused), the sitemaps, robots.txt
//! and the external links checked. Plain data, serialisable, so that a crawl can be stored,
//! audited later and compared with the next one.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// How far and how fast a crawl goes. `Default` is polite enough for a stranger's site.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct CrawlConfig {
    /// HTML pages fetched at most (resources and external checks are not counted).
    pub max_pages: usize,
    /// Clicks from the start page beyond which links are recorded but not followed.
    pub max_depth: u32,
    /// Bytes downloaded at most, over the whole crawl.
    pub max_total_bytes: u64,
    /// Requests in flight at once to one host.
    pub per_host_concurrency: usize,
    /// Pause between two requests to one host, in milliseconds; a larger robots.txt
    /// `Crawl-delay` wins.
    pub delay_ms: u64,
    /// Also request each external link once (HEAD, then GET when HEAD is refused) to find
    /// broken ones.
    pub check_external_links: bool,
    /// External links checked at most.
    pub max_external_checks: usize,
    /// Also fetch same-site images, stylesheets and scripts to learn their size and status.
    pub fetch_resources: bool,
    /// Keep each page's visible text (up to [`MAX_KEPT_TEXT`] characters) for keyword research.
    pub keep_text: bool,
}

/// Characters of visible text kept per page when [`CrawlConfig::keep_text`] is set.
pub const MAX_KEPT_TEXT: usize = 20_000;

impl Default for CrawlConfig {
    fn default() -> Self {
        Self {
            max_pages: 500,
            max_depth: 10,
            max_total_bytes: 500 * 1024 * 1024,
            per_host_concurrency: 4,
            delay_ms: 100,
            check_external_links: true,
            max_external_checks: 500,
            fetch_resources: true,
            keep_text: false,
        }
    }
}

/// Reported while a crawl runs.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq)]
pub struct CrawlProgress {
    /// URLs fetched so far (pages and resources).
    pub crawled: usize,
    /// URLs discovered and waiting.
    pub queued: usize,
    /// Fetches that failed or answered 4xx/5xx.
    pub errors: usize,
    pub bytes: u64,
    pub elapsed_ms: u64,
}

impl CrawlProgress {
    /// Fetches per second so far.
    pub fn rate(&self) -> f64 {
        if self.elapsed_ms == 0 {
            0.0
        } else {
            self.crawled as f64 * 1000.0 / self.elapsed_ms as f64
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    /// Every reachable URL within the limits was fetched.
    Completed,
    PageLimit,
    ByteLimit,
    Cancelled,
}

/// The whole result of one crawl.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CrawlOutput {
    /// The start URL after normalisation.
    pub start_url: String,
    /// Every URL of the site that was fetched or refused, in the order it was fetched; the
    /// start page first.
    pub pages: Vec<PageRecord>,
    pub robots: RobotsRecord,
    pub sitemaps: Vec<SitemapRecord>,
    /// Every page URL listed in the sitemaps (normalised, deduplicated, sorted).
    pub sitemap_urls: Vec<String>,
    /// External links checked (see [`CrawlConfig::check_external_links`]).
    pub external: Vec<LinkCheck>,
    pub stopped: StopReason,
    pub progress: CrawlProgress,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum ResourceKind {
    Page,
    Image,
    Stylesheet,
    Script,
    /// Anything else: PDFs, downloads, feeds.
    Other,
}

/// One URL of the crawled site.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct PageRecord {
    /// The URL as linked, normalised (fragment removed, host lowercased).
    pub url: String,
    /// Where the redirects ended; equal to `url` without redirects.
    pub final_url: String,
    /// What it was linked as: a page (`<a href>`, sitemap, canonical, hreflang) or a resource.
    pub kind: ResourceKind,
    /// Clicks from the start page along `<a href>` links; `None` when only the sitemap,
    /// a canonical or an hreflang link leads to it.
    pub depth: Option<u32>,
    /// The final status; `None` when no answer came (see `error`).
    pub status: Option<u16>,
    /// `timeout`, `dns`, `connection`, `too_large`, `too_many_redirects`, `forbidden_address`
    /// `redirect_loop` or `invalid_url` (a redirect to a URL that cannot be fetched).
    pub error: Option<String>,
    /// Each redirect followed, in order.
    pub redirects: Vec<Hop>,
    pub content_type: Option<String>,
    /// Body size in bytes as downloaded.
    pub bytes: u64,
    /// Time to the whole response, redirects included.
    pub response_ms: u32,
    /// Disallowed by robots.txt, so not fetched (`status` is `None`).
    pub blocked_by_robots: bool,
    pub in_sitemap: bool,
    /// The `X-Robots-Tag` header.
    pub x_robots_tag: Option<String>,
    /// Internal pages that link here with `<a href>` (count of distinct pages).
    pub inlinks: u32,
    /// The first page found linking here, for "where is this linked from".
    pub found_on: Option<String>,
    /// Parsed facts; only for HTML answered 200.
    pub html: Option<HtmlFacts>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Hop {
    pub url: String,
    pub status: u16,
}

/// What an audit needs from one HTML page.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct HtmlFacts {
    /// `<html lang>`.
    pub lang: Option<String>,
    /// Every `<title>` in `<head>`, trimmed.
    pub titles: Vec<String>,
    /// Every `<meta name="description">` content, trimmed.
    pub meta_descriptions: Vec<String>,
    /// `<meta name="robots">` (and `googlebot`) content, lowercased.
    pub meta_robots: Option<String>,
    pub viewport: Option<String>,
    /// `<meta charset>` or the charset of `http-equiv="content-type"`.
    pub charset: Option<String>,
    /// `<meta http-equiv="refresh">` content.
    pub meta_refresh: Option<String>,
    /// Absolute hrefs of every `<link rel="canonical">`.
    pub canonicals: Vec<String>,
    /// `<link rel="alternate" hreflang>` entries.
    pub hreflang: Vec<Hreflang>,
    /// `h1`..`h6` in document order.
    pub headings: Vec<Heading>,
    /// Every `<a href>` with an http(s) target, absolute, fragment removed.
    pub links: Vec<Link>,
    pub images: Vec<Image>,
    /// Sub-resources the page loads (scripts, stylesheets, images, iframes, media), absolute.
    pub resources: Vec<Resource>,
    /// Each `<script type="application/ld+json">` block.
    pub json_ld: Vec<JsonLd>,
    /// `og:*` properties.
    pub open_graph: BTreeMap<String, String>,
    /// `twitter:*` names.
    pub twitter: BTreeMap<String, String>,
    /// Words of visible body text (scripts, styles and templates excluded).
    pub word_count: u32,
    /// 64-bit SimHash of the visible text's word 3-shingles; 0 for an empty page.
    pub simhash: u64,
    /// Visible text, only when [`CrawlConfig::keep_text`] is set.
    pub text: Option<String>,
    /// `<link rel="icon">` or `shortcut icon` present.
    pub has_favicon: bool,
    /// Forms posting to an `http:` action.
    pub insecure_forms: u32,
    /// Elements HTML5 made obsolete (`font`, `center`, `marquee`...), by tag name.
    pub obsolete_tags: Vec<String>,
    /// Bytes of inline `<script>` and `<style>` content.
    pub inline_bytes: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Hreflang {
    /// As written, lowercased (`en-gb`, `x-default`).
    pub lang: String,
    pub href: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Heading {
    pub level: u8,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Link {
    pub href: String,
    /// The link's text, or an image's alt text inside it, whitespace collapsed.
    pub text: String,
    /// Same registrable host as the crawl's start (after `www.` is ignored).
    pub internal: bool,
    pub nofollow: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Image {
    pub src: String,
    /// `None` when the attribute is missing; `Some("")` when empty on purpose (decorative).
    pub alt: Option<String>,
    pub width: Option<String>,
    pub height: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Resource {
    pub url: String,
    pub kind: ResourceKind,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct JsonLd {
    /// `@type` values found (nested `@graph` included).
    pub types: Vec<String>,
    /// The parse error when the block is not valid JSON.
    pub error: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RobotsRecord {
    pub url: String,
    /// The status robots.txt answered with; `None` when unreachable.
    pub status: Option<u16>,
    /// `Sitemap:` lines.
    pub sitemaps: Vec<String>,
    /// Crawl-delay for our user agent, in seconds.
    pub crawl_delay: Option<f64>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SitemapRecord {
    pub url: String,
    pub status: Option<u16>,
    /// A sitemap index rather than a URL set.
    pub index: bool,
    /// URLs it lists (child sitemaps for an index).
    pub url_count: usize,
    /// Why it could not be read, when it could not.
    pub error: Option<String>,
}

/// One external link, checked once however many pages carry it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct LinkCheck {
    pub url: String,
    pub status: Option<u16>,
    pub error: Option<String>,
    pub response_ms: u32,
    /// Internal pages that link to it.
    pub found_on: Vec<String>,
}
