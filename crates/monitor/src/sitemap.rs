//! XML sitemaps (sitemaps.org 0.9) including Google News sitemaps (`news:title`, `news:publication_date`).

use chrono::{DateTime, NaiveDate, Utc};
use quick_xml::Reader;
use quick_xml::events::Event;

use crate::item::{FeedError, FeedItem};
use crate::plain_text::collapse_whitespace;

/// What the root element says the document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SitemapKind {
    UrlSet,
    Index,
}

/// `Some` when the document's root element is `urlset` or `sitemapindex`.
pub fn sitemap_kind(xml: &str) -> Option<SitemapKind> {
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                return match e.local_name().as_ref() {
                    "urlset" => Some(SitemapKind::UrlSet),
                    "sitemapindex" => Some(SitemapKind::Index),
                    _ => None,
                };
            }
            Ok(Event::Eof) | Err(_) => return None,
            Ok(_) => {}
        }
    }
}

#[derive(Default)]
struct UrlEntry {
    loc: String,
    lastmod: String,
    news_title: String,
    news_date: String,
    news_keywords: String,
    image_title: String,
}

/// Items of a `urlset`. Plain sitemaps carry no title, so one is derived from the URL's last path segment.
pub fn parse_urlset(xml: &str) -> Result<Vec<FeedItem>, FeedError> {
    let mut reader = Reader::from_str(xml);
    let mut items = Vec::new();
    let mut path: Vec<String> = Vec::new();
    let mut entry: Option<UrlEntry> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                let name = e.local_name().as_ref().to_string();
                if name == "url" {
                    entry = Some(UrlEntry::default());
                }
                path.push(name);
            }
            Ok(Event::End(e)) => {
                if e.local_name().as_ref() == "url"
                    && let Some(done) = entry.take()
                    && let Some(item) = entry_to_item(done)
                {
                    items.push(item);
                }
                path.pop();
            }
            Ok(Event::Text(t)) => {
                push_text(&mut entry, &path, &t.xml10_content());
            }
            Ok(Event::CData(t)) => {
                push_text(&mut entry, &path, &t.xml10_content());
            }
            Ok(Event::GeneralRef(r)) => {
                let text = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => quick_xml::escape::resolve_xml_entity(&r.xml10_content())
                        .unwrap_or_default()
                        .to_string(),
                };
                push_text(&mut entry, &path, &text);
            }
            Ok(Event::Eof) => break,
            Err(e) => {
                return Err(FeedError::Invalid(format!(
                    "sitemap XML error at byte {}: {e}",
                    reader.error_position()
                )));
            }
            Ok(_) => {}
        }
    }
    Ok(items)
}

/// The child sitemap URLs of a `sitemapindex`.
pub fn parse_index(xml: &str) -> Vec<String> {
    let mut reader = Reader::from_str(xml);
    let mut locs = Vec::new();
    let mut in_loc = false;
    let mut current = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.local_name().as_ref() == "loc" => {
                in_loc = true;
                current.clear();
            }
            Ok(Event::End(e)) if e.local_name().as_ref() == "loc" => {
                in_loc = false;
                let loc = current.trim();
                if !loc.is_empty() {
                    locs.push(loc.to_string());
                }
            }
            Ok(Event::Text(t)) if in_loc => current.push_str(&t.xml10_content()),
            Ok(Event::CData(t)) if in_loc => current.push_str(&t.xml10_content()),
            Ok(Event::GeneralRef(r)) if in_loc => {
                if let Some(s) = quick_xml::escape::resolve_xml_entity(&r.xml10_content()) {
                    current.push_str(s);
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    locs
}

fn push_text(entry: &mut Option<UrlEntry>, path: &[String], text: &str) {
    let Some(entry) = entry.as_mut() else { return };
    let Some(leaf) = path.last() else { return };
    let parent = path.len().checked_sub(2).map(|i| path[i].as_str());
    let target = match (leaf.as_str(), parent) {
        ("loc", Some("url")) => &mut entry.loc,
        ("lastmod", Some("url")) => &mut entry.lastmod,
        ("title", Some("news")) => &mut entry.news_title,
        ("publication_date", Some("news")) => &mut entry.news_date,
        ("keywords", Some("news")) => &mut entry.news_keywords,
        ("title", Some("image")) => &mut entry.image_title,
        _ => return,
    };
    target.push_str(text);
}

fn entry_to_item(entry: UrlEntry) -> Option<FeedItem> {
    let loc = entry.loc.trim().to_string();
    if loc.is_empty() {
        return None;
    }
    let news_title = collapse_whitespace(&entry.news_title);
    let title = if !news_title.is_empty() {
        news_title
    } else {
        let image_title = collapse_whitespace(&entry.image_title);
        if image_title.is_empty() {
            title_from_url(&loc)
        } else {
            image_title
        }
    };
    let published = parse_w3c_datetime(entry.news_date.trim())
        .or_else(|| parse_w3c_datetime(entry.lastmod.trim()));
    Some(FeedItem {
        guid: loc.clone(),
        url: Some(loc),
        title,
        // News keywords are the publisher's own tags: worth matching against a watch list.
        summary: collapse_whitespace(&entry.news_keywords),
        published,
        author: None,
    })
}

/// "https://x.com/news/acme-raises-series-b.html" -> "acme raises series b".
pub fn title_from_url(loc: &str) -> String {
    let path = url::Url::parse(loc)
        .map(|u| u.path().to_string())
        .unwrap_or_default();
    let segment = path
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or_default();
    let stem = segment.rsplit_once('.').map_or(segment, |(stem, _)| stem);
    let words: Vec<&str> = stem
        .split(['-', '_', '+'])
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    words.join(" ")
}

/// W3C Datetime as sitemaps use it: a date, or a date and time with a zone; minutes-only times too.
pub fn parse_w3c_datetime(s: &str) -> Option<DateTime<Utc>> {
    if s.is_empty() {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.with_timezone(&Utc));
    }
    for format in [
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(s, format) {
            return Some(dt.with_timezone(&Utc));
        }
    }
    if let Some(minutes) = s.strip_suffix('Z')
        && let Ok(dt) = chrono::NaiveDateTime::parse_from_str(minutes, "%Y-%m-%dT%H:%M")
    {
        return Some(dt.and_utc());
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|dt| dt.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn parses_sitemap_date_shapes() {
        let expected = Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).single();
        assert_eq!(parse_w3c_datetime("2026-11-23T10:30:00+01:00"), expected);
        assert_eq!(parse_w3c_datetime("2026-11-23T10:30+01:00"), expected);
        assert_eq!(parse_w3c_datetime("2026-11-23T09:30Z"), expected);
        assert_eq!(
            parse_w3c_datetime("2026-11-23"),
            Utc.with_ymd_and_hms(2026, 11, 23, 0, 0, 0).single()
        );
        assert_eq!(parse_w3c_datetime("yesterday"), None);
    }

    #[test]
    fn derives_titles_from_url_slugs() {
        assert_eq!(
            title_from_url("https://news.example.com/2026/11/acme-raises-series-b.html"),
            "acme raises series b"
        );
        assert_eq!(
            title_from_url("https://example.com/blog/new_pricing/"),
            "new pricing"
        );
    }

    #[test]
    fn lists_child_sitemaps_of_an_index() {
        let xml = r#"<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://example.com/news-1.xml</loc></sitemap>
            <sitemap><loc>https://example.com/a.xml?x=1&amp;y=2</loc></sitemap></sitemapindex>"#;
        assert_eq!(sitemap_kind(xml), Some(SitemapKind::Index));
        assert_eq!(
            parse_index(xml),
            vec![
                "https://example.com/news-1.xml",
                "https://example.com/a.xml?x=1&y=2"
            ]
        );
    }
}
