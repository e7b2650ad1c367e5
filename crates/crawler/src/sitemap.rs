//! XML sitemaps and sitemap indexes (sitemaps.org protocol), gzipped or not, and plain-text
//! sitemaps (one URL a line). Pure: bytes in, URLs out.

use std::io::Read;

use quick_xml::{Reader, events::Event};

/// URLs kept from one sitemap file; the protocol allows no more.
pub const MAX_SITEMAP_URLS: usize = 50_000;
/// Bytes of one sitemap file, after decompression; the protocol allows no more.
pub const MAX_SITEMAP_BYTES: usize = 50 * 1024 * 1024;
/// Sitemap indexes followed below the first file (an index of indexes of indexes).
pub const MAX_INDEX_DEPTH: u32 = 3;

/// One `<url>` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitemapUrl {
    pub loc: String,
    /// `<lastmod>` as written (W3C datetime).
    pub lastmod: Option<String>,
}

/// What one sitemap file lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sitemap {
    /// A `<urlset>` or a plain-text list of pages.
    Urls(Vec<SitemapUrl>),
    /// A `<sitemapindex>`: the `<loc>` of each child sitemap.
    Index(Vec<String>),
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SitemapError {
    #[error("sitemap is larger than {MAX_SITEMAP_BYTES} bytes")]
    TooLarge,
    #[error("invalid gzip data: {0}")]
    Gzip(String),
    #[error("invalid XML: {0}")]
    Xml(String),
    #[error("not a sitemap: root element <{0}>")]
    UnexpectedRoot(String),
    #[error("empty document")]
    Empty,
}

/// Parses one sitemap file. Gzip is recognised by its magic bytes, whatever the URL or
/// content type says. Entries past [`MAX_SITEMAP_URLS`] are dropped.
pub fn parse_sitemap(bytes: &[u8]) -> Result<Sitemap, SitemapError> {
    let inflated;
    let bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
        inflated = gunzip(bytes)?;
        &inflated[..]
    } else {
        bytes
    };
    if bytes.len() > MAX_SITEMAP_BYTES {
        return Err(SitemapError::TooLarge);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = String::from_utf8_lossy(bytes);
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(SitemapError::Empty);
    }
    if trimmed.starts_with('<') {
        parse_xml(trimmed)
    } else {
        Ok(parse_text(trimmed))
    }
}

/// Decompresses at most one byte past the limit, so that a gzip bomb costs nothing.
fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, SitemapError> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .take(MAX_SITEMAP_BYTES as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| SitemapError::Gzip(e.to_string()))?;
    if out.len() > MAX_SITEMAP_BYTES {
        return Err(SitemapError::TooLarge);
    }
    Ok(out)
}

fn parse_text(text: &str) -> Sitemap {
    let urls = text
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("http://") || l.starts_with("https://"))
        .take(MAX_SITEMAP_URLS)
        .map(|l| SitemapUrl {
            loc: l.to_string(),
            lastmod: None,
        })
        .collect();
    Sitemap::Urls(urls)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Loc,
    Lastmod,
}

fn parse_xml(text: &str) -> Result<Sitemap, SitemapError> {
    let mut reader = Reader::from_str(text);
    // Local names, outermost first; `loc` counts only as a child of `url` / `sitemap`, so
    // that `<image:loc>` and other extensions are ignored.
    let mut stack: Vec<String> = Vec::new();
    let mut is_index = None;
    let mut urls: Vec<SitemapUrl> = Vec::new();
    let mut loc = String::new();
    let mut lastmod = String::new();
    let mut field: Option<Field> = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| SitemapError::Xml(e.to_string()))?;
        match event {
            Event::Start(e) => {
                let name = e.local_name().as_ref().to_ascii_lowercase();
                if stack.is_empty() {
                    is_index = Some(root_kind(&name)?);
                }
                stack.push(name);
                field = current_field(&stack);
            }
            Event::Empty(e) if stack.is_empty() => {
                // `<urlset/>`: a sitemap that lists nothing.
                let name = e.local_name().as_ref().to_ascii_lowercase();
                root_kind(&name)?;
                return Err(SitemapError::Empty);
            }
            Event::End(_) => {
                if stack.len() == 2 && urls.len() < MAX_SITEMAP_URLS {
                    let value = loc.trim();
                    if !value.is_empty() {
                        let lastmod = lastmod.trim();
                        urls.push(SitemapUrl {
                            loc: value.to_string(),
                            lastmod: (!lastmod.is_empty()).then(|| lastmod.to_string()),
                        });
                    }
                }
                if stack.len() == 2 {
                    loc.clear();
                    lastmod.clear();
                }
                stack.pop();
                field = current_field(&stack);
            }
            Event::Text(t) => push(field, &mut loc, &mut lastmod, &t.xml10_content()),
            Event::CData(t) => push(field, &mut loc, &mut lastmod, &t.xml10_content()),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    Ok(None) => match &*r {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => {
                            return Err(SitemapError::Xml(format!("unknown entity &{other};")));
                        }
                    },
                    Err(e) => return Err(SitemapError::Xml(e.to_string())),
                };
                push(field, &mut loc, &mut lastmod, &resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some(open) = stack.last() {
        return Err(SitemapError::Xml(format!("document ends inside <{open}>")));
    }
    match is_index {
        None => Err(SitemapError::Empty),
        Some(true) => Ok(Sitemap::Index(urls.into_iter().map(|u| u.loc).collect())),
        Some(false) => Ok(Sitemap::Urls(urls)),
    }
}

/// True for an index, false for a URL set.
fn root_kind(name: &str) -> Result<bool, SitemapError> {
    match name {
        "urlset" => Ok(false),
        "sitemapindex" => Ok(true),
        other => Err(SitemapError::UnexpectedRoot(other.to_string())),
    }
}

fn current_field(stack: &[String]) -> Option<Field> {
    match stack {
        [_, entry, field] if entry == "url" || entry == "sitemap" => match field.as_str() {
            "loc" => Some(Field::Loc),
            "lastmod" => Some(Field::Lastmod),
            _ => None,
        },
        _ => None,
    }
}

fn push(field: Option<Field>, loc: &mut String, lastmod: &mut String, text: &str) {
    match field {
        Some(Field::Loc) => loc.push_str(text),
        Some(Field::Lastmod) => lastmod.push_str(text),
        None => {}
    }
}

#[cfg(test)]
#[path = "sitemap_tests.rs"]
mod tests;
