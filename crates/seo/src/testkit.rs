//! Builders of crawl records for unit tests: `page` is a page that passes every check.

use std::collections::BTreeMap;

use crawler::{
    CrawlOutput, CrawlProgress, Heading, Hop, HtmlFacts, JsonLd, Link, PageRecord, ResourceKind,
    RobotsRecord, SitemapRecord, StopReason,
};

use crate::findings::Findings;
use crate::site::Site;
use crate::urls::path_of;

pub const ORIGIN: &str = "http://s.test";

/// A record with nothing fetched yet.
pub fn bare(url: &str) -> PageRecord {
    PageRecord {
        url: url.to_string(),
        final_url: url.to_string(),
        kind: ResourceKind::Page,
        depth: Some(1),
        status: None,
        error: None,
        redirects: vec![],
        content_type: None,
        bytes: 0,
        response_ms: 20,
        blocked_by_robots: false,
        in_sitemap: false,
        x_robots_tag: None,
        inlinks: 1,
        found_on: Some(format!("{ORIGIN}/")),
        html: None,
    }
}

fn mix(url: &str) -> u64 {
    // FNV-1a then a splitmix64 finaliser: distinct URLs give unrelated 64-bit values.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in url.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

pub fn link(href: &str, text: &str) -> Link {
    Link {
        href: href.to_string(),
        text: text.to_string(),
        internal: href.starts_with(ORIGIN),
        nofollow: false,
    }
}

/// A clean HTML page answered 200: passes every check.
pub fn page(url: &str) -> PageRecord {
    let path = path_of(url);
    let mut og = BTreeMap::new();
    og.insert("og:title".to_string(), format!("Page {path}"));
    og.insert("og:description".to_string(), "About this page".to_string());
    og.insert("og:image".to_string(), format!("{ORIGIN}/og.png"));
    let mut twitter = BTreeMap::new();
    twitter.insert(
        "twitter:card".to_string(),
        "summary_large_image".to_string(),
    );
    let html = HtmlFacts {
        lang: Some("en".into()),
        titles: vec![format!("Acme marketing guide for teams, page {path}")],
        meta_descriptions: vec![format!(
            "A practical description of page {path} written for the readers of the Acme marketing team."
        )],
        meta_robots: None,
        viewport: Some("width=device-width, initial-scale=1".into()),
        charset: Some("utf-8".into()),
        meta_refresh: None,
        canonicals: vec![url.to_string()],
        hreflang: vec![],
        headings: vec![
            Heading {
                level: 1,
                text: format!("Page {path} heading"),
            },
            Heading {
                level: 2,
                text: "Details".into(),
            },
        ],
        links: vec![
            link(&format!("{ORIGIN}/"), "Home"),
            link(&format!("{ORIGIN}/contact"), "Contact us"),
        ],
        images: vec![],
        resources: vec![],
        json_ld: vec![JsonLd {
            types: vec!["WebPage".into()],
            error: None,
        }],
        open_graph: og,
        twitter,
        word_count: 320,
        simhash: mix(url),
        text: None,
        has_favicon: true,
        insecure_forms: 0,
        obsolete_tags: vec![],
        inline_bytes: 2_000,
    };
    PageRecord {
        status: Some(200),
        content_type: Some("text/html; charset=utf-8".into()),
        bytes: 20_000,
        in_sitemap: true,
        html: Some(html),
        ..bare(url)
    }
}

pub fn status_page(url: &str, status: u16) -> PageRecord {
    PageRecord {
        status: Some(status),
        content_type: Some("text/html".into()),
        in_sitemap: false,
        ..bare(url)
    }
}

pub fn failed(url: &str, error: &str) -> PageRecord {
    PageRecord {
        error: Some(error.to_string()),
        ..bare(url)
    }
}

pub fn image(url: &str, bytes: u64) -> PageRecord {
    PageRecord {
        kind: ResourceKind::Image,
        status: Some(200),
        content_type: Some("image/png".into()),
        bytes,
        depth: None,
        inlinks: 0,
        ..bare(url)
    }
}

pub fn hop(url: &str, status: u16) -> Hop {
    Hop {
        url: url.to_string(),
        status,
    }
}

/// A redirect from `from` ending on `to` (status 200).
pub fn redirect(from: &str, to: &str, statuses: &[u16]) -> PageRecord {
    PageRecord {
        final_url: to.to_string(),
        status: Some(200),
        redirects: statuses.iter().map(|s| hop(from, *s)).collect(),
        ..bare(from)
    }
}

pub fn crawl_of(pages: Vec<PageRecord>) -> CrawlOutput {
    let start_url = pages
        .first()
        .map(|p| p.url.clone())
        .unwrap_or_else(|| format!("{ORIGIN}/"));
    let sitemap_urls = pages
        .iter()
        .filter(|p| p.in_sitemap)
        .map(|p| p.url.clone())
        .collect::<Vec<_>>();
    CrawlOutput {
        start_url,
        robots: RobotsRecord {
            url: format!("{ORIGIN}/robots.txt"),
            status: Some(200),
            sitemaps: vec![format!("{ORIGIN}/sitemap.xml")],
            crawl_delay: None,
        },
        sitemaps: vec![SitemapRecord {
            url: format!("{ORIGIN}/sitemap.xml"),
            status: Some(200),
            index: false,
            url_count: sitemap_urls.len(),
            error: None,
        }],
        sitemap_urls,
        pages,
        external: vec![],
        stopped: StopReason::Completed,
        progress: CrawlProgress::default(),
    }
}

/// A clean crawl: home plus a few pages.
pub fn clean_crawl() -> CrawlOutput {
    crawl_of(vec![
        page(&format!("{ORIGIN}/")),
        page(&format!("{ORIGIN}/contact")),
        page(&format!("{ORIGIN}/about")),
        page(&format!("{ORIGIN}/pricing")),
    ])
}

/// Mutable access to the facts of the page at `index`.
pub fn facts(crawl: &mut CrawlOutput, index: usize) -> &mut HtmlFacts {
    crawl.pages[index].html.as_mut().expect("an HTML page")
}

/// Runs one check function and returns the (url, detail) pairs it reported.
pub fn run(crawl: &CrawlOutput, check: fn(&Site, &mut Findings)) -> Vec<(String, String)> {
    let site = Site::new(crawl);
    let mut out = Findings::default();
    check(&site, &mut out);
    out.issues
        .into_iter()
        .map(|i| (path_of(&i.url), i.detail))
        .collect()
}

/// Only the paths reported by one check.
pub fn paths(crawl: &CrawlOutput, check: fn(&Site, &mut Findings)) -> Vec<String> {
    run(crawl, check).into_iter().map(|(p, _)| p).collect()
}
