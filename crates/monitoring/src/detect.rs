//! What kind of source a URL serves, judged from the bytes it answered with.

/// `sitemap` for a sitemap (`<urlset>` or `<sitemapindex>`, news sitemaps included), `rss`
/// for anything else that parsed: RSS, Atom and JSON Feed are all feeds to the user.
pub fn source_kind(body: &[u8]) -> &'static str {
    // Gzip is how sitemaps are compressed; feeds are served plain.
    if body.starts_with(&[0x1f, 0x8b]) {
        return "sitemap";
    }
    // The root element sits in the first few hundred bytes, after the XML declaration and comments.
    let head = String::from_utf8_lossy(&body[..body.len().min(2048)]).to_ascii_lowercase();
    if head.contains("<urlset") || head.contains("<sitemapindex") {
        "sitemap"
    } else {
        "rss"
    }
}

/// The kind a URL probably is before it was ever fetched, corrected by the first poll.
pub fn guess_kind(url: &str) -> &'static str {
    if url.to_ascii_lowercase().contains("sitemap") {
        "sitemap"
    } else {
        "rss"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_sitemaps_from_feeds() {
        assert_eq!(
            source_kind(br#"<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#),
            "sitemap"
        );
        assert_eq!(
            source_kind(b"<?xml version=\"1.0\"?><rss version=\"2.0\">"),
            "rss"
        );
        assert_eq!(
            source_kind(br#"{"version":"https://jsonfeed.org/version/1.1"}"#),
            "rss"
        );
        assert_eq!(
            guess_kind("https://news.example/news-sitemap.xml"),
            "sitemap"
        );
        assert_eq!(guess_kind("https://news.example/feed"), "rss");
    }
}
