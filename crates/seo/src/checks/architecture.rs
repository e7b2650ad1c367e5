//! How pages are linked together and how their URLs read.

use std::collections::BTreeSet;

use url::Url;

use super::Check;
use crate::findings::Findings;
use crate::site::Site;
use crate::urls::norm;

pub(super) const CHECKS: &[(&str, Check)] = &[
    ("too-deep", too_deep),
    ("orphan-page", orphan_page),
    ("dead-end-page", dead_end_page),
    ("url-too-long", url_too_long),
    ("url-uppercase", url_uppercase),
    ("url-underscores", url_underscores),
    ("url-spaces", url_spaces),
    ("url-query-parameters", url_query_parameters),
];

pub(crate) const MAX_DEPTH: u32 = 3;
pub(crate) const URL_MAX: usize = 115;

fn too_deep(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if let Some(d) = p.record.depth.filter(|d| *d > MAX_DEPTH) {
            out.add(
                "too-deep",
                p.url(),
                format!("{d} clicks from the home page (more than {MAX_DEPTH})"),
            );
        }
    }
}

fn orphan_page(site: &Site, out: &mut Findings) {
    let listed: BTreeSet<String> = site.crawl.sitemap_urls.iter().map(|u| norm(u)).collect();
    let start = norm(&site.crawl.start_url);
    for p in &site.judged {
        let key = norm(p.url());
        let in_sitemap = p.record.in_sitemap || listed.contains(&key);
        // Noindex and canonicalised pages in a sitemap are reported by the sitemap checks.
        if in_sitemap && p.record.inlinks == 0 && key != start && p.indexable_canonical() {
            out.add(
                "orphan-page",
                p.url(),
                "listed in the sitemap, but no crawled page links here",
            );
        }
    }
}

fn dead_end_page(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        let me = norm(p.url());
        if !p
            .html
            .links
            .iter()
            .any(|l| l.internal && norm(&l.href) != me)
        {
            out.add(
                "dead-end-page",
                p.url(),
                "no links to other pages of the site",
            );
        }
    }
}

fn url_too_long(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        let n = p.url().chars().count();
        if n > URL_MAX {
            out.add(
                "url-too-long",
                p.url(),
                format!("{n} characters (over {URL_MAX})"),
            );
        }
    }
}

/// The path with percent-escapes removed, so that `%2F` is not read as uppercase.
fn plain_path(url: &str) -> Option<String> {
    let u = Url::parse(url).ok()?;
    let path = u.path();
    let mut out = String::with_capacity(path.len());
    let mut chars = path.chars();
    while let Some(c) = chars.next() {
        if c == '%' {
            chars.next();
            chars.next();
            out.push('%');
        } else {
            out.push(c);
        }
    }
    Some(out)
}

fn url_uppercase(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if plain_path(p.url()).is_some_and(|path| path.chars().any(|c| c.is_uppercase())) {
            out.add("url-uppercase", p.url(), "uppercase letters in the path");
        }
    }
}

fn url_underscores(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if plain_path(p.url()).is_some_and(|path| path.contains('_')) {
            out.add("url-underscores", p.url(), "underscores in the path");
        }
    }
}

fn url_spaces(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        let path = Url::parse(p.url())
            .map(|u| u.path().to_string())
            .unwrap_or_default();
        if path.contains("%20") || path.contains(' ') {
            out.add("url-spaces", p.url(), "spaces (%20) in the path");
        }
    }
}

fn url_query_parameters(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if let Some(q) = Url::parse(p.url())
            .ok()
            .and_then(|u| u.query().map(String::from))
        {
            out.add(
                "url-query-parameters",
                p.url(),
                format!("linked with the query \"?{q}\""),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;

    #[test]
    fn clean_site_is_well_linked() {
        let c = clean_crawl();
        for (id, check) in CHECKS {
            assert!(paths(&c, *check).is_empty(), "{id}");
        }
    }

    #[test]
    fn depth_orphans_and_dead_ends() {
        let mut c = clean_crawl();
        c.pages[1].depth = Some(MAX_DEPTH + 1);
        c.pages[2].inlinks = 0;
        facts(&mut c, 3).links = vec![
            link(&format!("{ORIGIN}/pricing"), "Self"),
            link("http://o.test/", "Other site"),
        ];
        c.pages[0].inlinks = 0;
        assert_eq!(paths(&c, too_deep), vec!["/contact"]);
        assert_eq!(
            paths(&c, orphan_page),
            vec!["/about"],
            "the home page is never an orphan"
        );
        assert_eq!(paths(&c, dead_end_page), vec!["/pricing"]);
        c.pages[2].in_sitemap = false;
        c.sitemap_urls.retain(|u| !u.ends_with("/about"));
        assert!(paths(&c, orphan_page).is_empty());
    }

    #[test]
    fn url_shapes() {
        let long = format!("{ORIGIN}/{}", "a".repeat(URL_MAX));
        let c = crawl_of(vec![
            page(&format!("{ORIGIN}/")),
            page(&long),
            page(&format!("{ORIGIN}/Blog/Post")),
            page(&format!("{ORIGIN}/growth_tips")),
            page(&format!("{ORIGIN}/new%20launch")),
            page(&format!("{ORIGIN}/caf%C3%A9")),
            page(&format!("{ORIGIN}/products?ref=nav")),
        ]);
        assert_eq!(paths(&c, url_too_long).len(), 1);
        assert_eq!(paths(&c, url_uppercase), vec!["/Blog/Post"]);
        assert_eq!(paths(&c, url_underscores), vec!["/growth_tips"]);
        assert_eq!(paths(&c, url_spaces), vec!["/new%20launch"]);
        assert_eq!(paths(&c, url_query_parameters), vec!["/products?ref=nav"]);
    }
}
