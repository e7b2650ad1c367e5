//! The generator's promises, checked without a network.

use std::collections::HashSet;

use crate::{SiteSpec, generate};

fn spec(planted_defects: bool) -> SiteSpec {
    SiteSpec {
        pages: 120,
        planted_defects,
        seed: 3,
        base_url: "http://127.0.0.1:9".into(),
        external_base: Some("http://127.0.0.2:9".into()),
    }
}

fn text(site: &crate::Site, path: &str) -> String {
    let r = site.response(path).expect("answered");
    String::from_utf8_lossy(&r.body).into_owned()
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Vec<&'a str> {
    s.split(start)
        .skip(1)
        .filter_map(|rest| rest.split(end).next())
        .collect()
}

#[test]
fn the_same_seed_gives_the_same_site() {
    let a = generate(&spec(false));
    let b = generate(&spec(false));
    assert_eq!(a.pages, b.pages);
    assert_eq!(text(&a, "/"), text(&b, "/"));
    let other = generate(&SiteSpec {
        seed: 4,
        ..spec(false)
    });
    assert_ne!(text(&a, "/"), text(&other, "/"));
}

#[test]
fn clean_pages_have_unique_titles_and_descriptions_of_good_length() {
    let site = generate(&spec(false));
    assert!(site.pages.len() >= 115, "{}", site.pages.len());
    let mut titles = HashSet::new();
    let mut descriptions = HashSet::new();
    for path in &site.pages {
        let html = text(&site, path);
        let title = between(&html, "<title>", "</title>");
        assert_eq!(title.len(), 1, "{path}");
        let n = title[0].chars().count();
        assert!((30..=60).contains(&n), "{path}: {}", title[0]);
        assert!(
            titles.insert(title[0].to_string()),
            "duplicate title on {path}"
        );
        let desc = between(&html, "<meta name=\"description\" content=\"", "\"");
        let n = desc[0].chars().count();
        assert!((70..=160).contains(&n), "{path}: {}", desc[0]);
        assert!(
            descriptions.insert(desc[0].to_string()),
            "duplicate description on {path}"
        );
        let words = html.split_whitespace().count();
        assert!(words > 250, "{path}: {words}");
    }
}

#[test]
fn serves_sitemaps_robots_and_assets() {
    let site = generate(&spec(false));
    let robots = text(&site, "/robots.txt");
    assert!(robots.contains("Sitemap: http://127.0.0.1:9/sitemap_index.xml"));
    let gz = site
        .response("/sitemaps/posts.xml.gz")
        .expect("posts sitemap");
    assert_eq!(&gz.body[..2], &[0x1f, 0x8b]);
    assert_eq!(site.response("/favicon.ico").map(|r| r.status), Some(200));
    assert!(site.response("/no-such-page/").is_none());
    assert_eq!(
        site.response("/products/?ref=x").map(|r| r.status),
        Some(200),
        "the query is ignored"
    );
}

#[test]
fn planted_sites_list_what_must_be_found() {
    let clean = generate(&spec(false));
    assert!(clean.expected.is_empty());
    let site = generate(&SiteSpec {
        pages: 300,
        ..spec(true)
    });
    let checks: HashSet<&str> = site.expected.iter().map(|e| e.check).collect();
    assert!(checks.len() >= 40, "{}", checks.len());
    let near: Vec<&str> = site
        .expected
        .iter()
        .filter(|e| e.check == "near-duplicate-content")
        .map(|e| e.url.as_str())
        .collect();
    assert_eq!(near.len(), 2, "a near-duplicate pair is planted");
    assert!(near.contains(&"/blog/summary-edition/"));
    let chain = site.response("/promo/").expect("redirect");
    assert_eq!(chain.status, 301);
    assert!(
        chain
            .headers
            .iter()
            .any(|(k, v)| k == "location" && v == "/promo-2/")
    );
    assert_eq!(site.response("/status/").map(|r| r.status), Some(500));
    let big = site
        .response("/images/hero-large.png")
        .expect("large image");
    assert!(big.body.len() > 200 * 1024);
    assert!(site.response("/images/missing-chart.png").is_none());
}
