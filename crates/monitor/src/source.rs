//! One entry point for every kind of source the monitoring job polls.

use std::io::Read;

use flate2::read::GzDecoder;

use crate::item::{FeedError, FeedItem};
use crate::plain_text::html_to_text;
use crate::sitemap::{self, SitemapKind};

/// Sitemaps may not exceed 50 MB uncompressed (sitemaps.org); anything larger is refused, not inflated.
const MAX_DECOMPRESSED: u64 = 50 * 1024 * 1024;

/// RSS 0.9x/1.0/2.0, Atom, JSON Feed (via feed-rs), and XML sitemaps incl. Google News sitemaps
/// (news:title, news:publication_date) and gzip. Relative links are resolved against `source_url`.
pub fn parse_source(bytes: &[u8], source_url: &str) -> Result<Vec<FeedItem>, FeedError> {
    let bytes = gunzip_if_needed(bytes)?;
    let text = String::from_utf8_lossy(&bytes);
    let items = match sitemap::sitemap_kind(&text) {
        Some(SitemapKind::UrlSet) => sitemap::parse_urlset(&text)?,
        Some(SitemapKind::Index) => {
            return Err(FeedError::Invalid(
                "a sitemap index lists sitemaps, not articles: poll its child sitemaps (see child_sitemaps)".into(),
            ));
        }
        None => parse_feed(&bytes, source_url)?,
    };
    let items: Vec<FeedItem> = items
        .into_iter()
        .map(|item| resolve_url(item, source_url))
        .collect();
    if items.is_empty() {
        Err(FeedError::Empty)
    } else {
        Ok(items)
    }
}

/// The child sitemap URLs when `bytes` is a sitemap index (gzip or not); empty for anything else.
pub fn child_sitemaps(bytes: &[u8], source_url: &str) -> Vec<String> {
    let Ok(bytes) = gunzip_if_needed(bytes) else {
        return Vec::new();
    };
    let text = String::from_utf8_lossy(&bytes);
    if sitemap::sitemap_kind(&text) != Some(SitemapKind::Index) {
        return Vec::new();
    }
    sitemap::parse_index(&text)
        .into_iter()
        .map(|loc| absolutize(&loc, source_url).unwrap_or(loc))
        .collect()
}

fn gunzip_if_needed(bytes: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>, FeedError> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(std::borrow::Cow::Borrowed(bytes));
    }
    let mut out = Vec::new();
    GzDecoder::new(bytes)
        .take(MAX_DECOMPRESSED + 1)
        .read_to_end(&mut out)
        .map_err(|e| FeedError::Invalid(format!("gzip: {e}")))?;
    if out.len() as u64 > MAX_DECOMPRESSED {
        return Err(FeedError::Invalid(
            "gzip: more than 50 MB once inflated".into(),
        ));
    }
    Ok(std::borrow::Cow::Owned(out))
}

fn parse_feed(bytes: &[u8], source_url: &str) -> Result<Vec<FeedItem>, FeedError> {
    let parser = feed_rs::parser::Builder::new()
        .base_uri(Some(source_url))
        .build();
    let feed = parser
        .parse(bytes)
        .map_err(|e| FeedError::Invalid(e.to_string()))?;
    Ok(feed.entries.into_iter().map(entry_to_item).collect())
}

fn entry_to_item(entry: feed_rs::model::Entry) -> FeedItem {
    // The article link: Atom's rel="alternate" (or no rel), else the first link of any kind.
    let url = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or_else(|| entry.links.first())
        .map(|l| l.href.trim().to_string())
        .filter(|href| !href.is_empty());
    let title = entry
        .title
        .as_ref()
        .map(|t| html_to_text(&t.content))
        .unwrap_or_default();
    let summary = entry
        .summary
        .as_ref()
        .map(|t| html_to_text(&t.content))
        .filter(|s| !s.is_empty())
        .or_else(|| {
            entry
                .content
                .as_ref()
                .and_then(|c| c.body.as_deref())
                .map(html_to_text)
        })
        .unwrap_or_default();
    let author = entry
        .authors
        .iter()
        .filter_map(|p| p.name.as_deref())
        .map(str::trim)
        .find(|n| !n.is_empty())
        .map(String::from);
    FeedItem {
        guid: entry.id,
        url,
        title,
        summary,
        published: entry.published.or(entry.updated),
        author,
    }
}

fn resolve_url(mut item: FeedItem, source_url: &str) -> FeedItem {
    if let Some(url) = item.url.take() {
        item.url = Some(absolutize(&url, source_url).unwrap_or(url));
    }
    item
}

fn absolutize(link: &str, base: &str) -> Option<String> {
    if let Ok(u) = url::Url::parse(link) {
        return Some(u.to_string());
    }
    url::Url::parse(base)
        .ok()?
        .join(link)
        .ok()
        .map(|u| u.to_string())
}
