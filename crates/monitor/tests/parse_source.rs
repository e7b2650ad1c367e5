//! Every source shape the monitoring job polls, parsed from fixture files.

use std::io::Write;

use chrono::{TimeZone, Utc};
use monitor::{FeedError, child_sitemaps, dedup_key, parse_source};

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn rss2_items_with_html_summaries_and_relative_links() {
    let items =
        parse_source(&fixture("rss2.xml"), "https://news.example.com/feed.xml").expect("parses");
    assert_eq!(items.len(), 2);
    let first = &items[0];
    assert_eq!(first.guid, "martech-1001");
    assert_eq!(first.title, "Globex cuts prices on its starter plan");
    assert_eq!(
        first.summary,
        "Globex\u{2019}s Starter plan now costs $9 per seat."
    );
    assert_eq!(
        first.published,
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).single()
    );
    assert_eq!(first.author.as_deref(), Some("Jane Doe"));
    assert_eq!(
        dedup_key(first),
        "https://news.example.com/2026/11/globex-cuts-prices"
    );
    let second = &items[1];
    assert_eq!(
        second.url.as_deref(),
        Some("https://news.example.com/2026/11/initech-series-b")
    );
    assert_eq!(
        second.published,
        Utc.with_ymd_and_hms(2026, 11, 24, 13, 0, 0).single()
    );
}

#[test]
fn atom_entries_prefer_the_alternate_link_and_fall_back_to_content() {
    let items =
        parse_source(&fixture("atom.xml"), "https://blog.example.org/atom.xml").expect("parses");
    assert_eq!(items.len(), 2);
    let first = &items[0];
    assert_eq!(first.guid, "tag:blog.example.org,2026:42");
    assert_eq!(
        first.url.as_deref(),
        Some("https://blog.example.org/brandium-dashboard")
    );
    assert_eq!(first.title, "Brandium <3 marketers: new dashboard");
    assert_eq!(first.summary, "A great update.");
    assert_eq!(
        first.published,
        Utc.with_ymd_and_hms(2026, 11, 24, 6, 0, 0).single()
    );
    assert_eq!(first.author.as_deref(), Some("Sam Writer"));
    let second = &items[1];
    assert_eq!(second.url, None);
    assert_eq!(second.summary, "Only content, no summary.");
    // Without a published date the updated date stands in.
    assert_eq!(
        second.published,
        Utc.with_ymd_and_hms(2026, 11, 25, 10, 0, 0).single()
    );
    assert_eq!(dedup_key(second), "guid:tag:blog.example.org,2026:43");
}

#[test]
fn json_feed_items() {
    let items = parse_source(
        &fixture("feed.json"),
        "https://social.example.net/feed.json",
    )
    .expect("parses");
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].guid, "post-77");
    assert_eq!(
        items[0].url.as_deref(),
        Some("https://social.example.net/p/77")
    );
    assert_eq!(items[0].title, "Loving the new Brandium scheduler");
    assert_eq!(items[0].summary, "Honestly the best release this year.");
    assert_eq!(items[0].author.as_deref(), Some("@marketer"));
    assert_eq!(items[1].summary, "Globex support is slow today");
    assert_eq!(
        items[1].published,
        Utc.with_ymd_and_hms(2026, 11, 22, 13, 0, 0).single()
    );
}

#[test]
fn news_sitemap_titles_dates_and_plain_entries() {
    let items = parse_source(
        &fixture("news-sitemap.xml"),
        "https://press.example.com/news-sitemap.xml",
    )
    .expect("parses");
    assert_eq!(items.len(), 2);
    let news = &items[0];
    assert_eq!(news.title, "Globex confirms data breach & outage");
    assert_eq!(
        news.url.as_deref(),
        Some("https://press.example.com/business/globex-data-breach.html")
    );
    assert_eq!(
        news.guid,
        "https://press.example.com/business/globex-data-breach.html"
    );
    assert_eq!(
        news.published,
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).single()
    );
    assert_eq!(news.summary, "Globex, security, breach");
    let plain = &items[1];
    assert_eq!(plain.title, "initech appoints new ceo");
    assert_eq!(
        plain.published,
        Utc.with_ymd_and_hms(2026, 11, 21, 0, 0, 0).single()
    );
}

#[test]
fn gzip_sitemaps_are_inflated() {
    let raw = fixture("news-sitemap.xml");
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(&raw).expect("compresses");
    let gz = encoder.finish().expect("compresses");
    assert_eq!(&gz[..2], &[0x1f, 0x8b]);
    let from_gz =
        parse_source(&gz, "https://press.example.com/news-sitemap.xml.gz").expect("parses");
    let from_raw =
        parse_source(&raw, "https://press.example.com/news-sitemap.xml").expect("parses");
    assert_eq!(from_gz, from_raw);
}

#[test]
fn sitemap_indexes_point_to_their_children() {
    let index =
        br#"<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>/news/sitemap-1.xml</loc></sitemap></sitemapindex>"#;
    assert!(matches!(
        parse_source(index, "https://press.example.com/sitemap.xml"),
        Err(FeedError::Invalid(_))
    ));
    assert_eq!(
        child_sitemaps(index, "https://press.example.com/sitemap.xml"),
        vec!["https://press.example.com/news/sitemap-1.xml"]
    );
    assert!(child_sitemaps(&fixture("rss2.xml"), "https://news.example.com/").is_empty());
}

#[test]
fn empty_and_invalid_sources_are_typed_errors() {
    let empty_rss =
        br#"<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>"#;
    assert_eq!(
        parse_source(empty_rss, "https://x.example/"),
        Err(FeedError::Empty)
    );
    let empty_urlset = br#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>"#;
    assert_eq!(
        parse_source(empty_urlset, "https://x.example/"),
        Err(FeedError::Empty)
    );
    assert!(matches!(
        parse_source(b"<html><body>hi</body></html>", "https://x.example/"),
        Err(FeedError::Invalid(_))
    ));
    assert!(matches!(
        parse_source(b"not a feed at all", "https://x.example/"),
        Err(FeedError::Invalid(_))
    ));
    assert!(matches!(
        parse_source(&[0x1f, 0x8b, 0, 1, 2], "https://x.example/"),
        Err(FeedError::Invalid(_))
    ));
}
