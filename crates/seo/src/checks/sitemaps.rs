//! The XML sitemaps and what they list.

use std::collections::BTreeSet;

use super::Check;
use crate::findings::Findings;
use crate::site::{Outcome, Site, outcome};
use crate::urls::norm;

pub(super) const CHECKS: &[(&str, Check)] = &[
    ("sitemap-missing", sitemap_missing),
    ("sitemap-unreadable", sitemap_unreadable),
    ("sitemap-url-error", sitemap_url_error),
    ("sitemap-url-redirects", sitemap_url_redirects),
    ("sitemap-url-noindex", sitemap_url_noindex),
    ("sitemap-url-blocked", sitemap_url_blocked),
    ("sitemap-url-non-canonical", sitemap_url_non_canonical),
    ("sitemap-not-in-robots", sitemap_not_in_robots),
];

/// Every URL the sitemaps list, from the crawl's list and the records' flags.
fn listed<'a>(site: &Site<'a>) -> BTreeSet<&'a str> {
    let mut urls: BTreeSet<&str> = site.crawl.sitemap_urls.iter().map(String::as_str).collect();
    urls.extend(
        site.crawl
            .pages
            .iter()
            .filter(|p| p.in_sitemap)
            .map(|p| p.url.as_str()),
    );
    // The same URL written twice (trailing fragment, host case) counts once.
    let mut seen = BTreeSet::new();
    urls.into_iter().filter(|u| seen.insert(norm(u))).collect()
}

fn readable(s: &crawler::SitemapRecord) -> bool {
    s.status == Some(200) && s.error.is_none()
}

fn sitemap_missing(site: &Site, out: &mut Findings) {
    if !site.crawl.sitemaps.iter().any(readable) {
        out.add(
            "sitemap-missing",
            &site.crawl.start_url,
            "no XML sitemap answered 200 (robots.txt lists none, and none at the usual place)",
        );
    }
}

fn sitemap_unreadable(site: &Site, out: &mut Findings) {
    let declared: BTreeSet<String> = site.crawl.robots.sitemaps.iter().map(|s| norm(s)).collect();
    for s in site.crawl.sitemaps.iter().filter(|s| !readable(s)) {
        // A sitemap looked for at the usual place without being declared anywhere is simply
        // absent (see sitemap-missing), not broken.
        let undeclared_probe =
            matches!(s.status, Some(404 | 410)) && !declared.contains(&norm(&s.url));
        if undeclared_probe {
            continue;
        }
        let why = match (&s.error, s.status) {
            (Some(e), _) => e.clone(),
            (None, Some(code)) => format!("answered {code}"),
            (None, None) => "no answer".to_string(),
        };
        out.add("sitemap-unreadable", &s.url, why);
    }
}

fn sitemap_url_error(site: &Site, out: &mut Findings) {
    for url in listed(site) {
        let Some(r) = site.get(url) else { continue };
        let what = match outcome(r) {
            Outcome::ClientError(s) | Outcome::ServerError(s) => format!("answered {s}"),
            Outcome::Unreachable => "did not answer".to_string(),
            Outcome::Loop => "redirects in a loop".to_string(),
            _ => continue,
        };
        out.add(
            "sitemap-url-error",
            url,
            format!("listed in the sitemap but {what}"),
        );
    }
}

fn sitemap_url_redirects(site: &Site, out: &mut Findings) {
    for url in listed(site) {
        if let Some(r) = site.get(url).filter(|r| outcome(r) == Outcome::Redirected) {
            out.add(
                "sitemap-url-redirects",
                url,
                format!("listed in the sitemap but redirects to {}", r.final_url),
            );
        }
    }
}

fn sitemap_url_noindex(site: &Site, out: &mut Findings) {
    for url in listed(site) {
        if site.judged_at(url).is_some_and(|p| p.noindex()) {
            out.add(
                "sitemap-url-noindex",
                url,
                "listed in the sitemap but marked noindex",
            );
        }
    }
}

fn sitemap_url_blocked(site: &Site, out: &mut Findings) {
    for url in listed(site) {
        if site.get(url).is_some_and(|r| r.blocked_by_robots) {
            out.add(
                "sitemap-url-blocked",
                url,
                "listed in the sitemap but disallowed by robots.txt",
            );
        }
    }
}

fn sitemap_url_non_canonical(site: &Site, out: &mut Findings) {
    for url in listed(site) {
        let Some(p) = site.judged_at(url) else {
            continue;
        };
        if let [c] = p.html.canonicals.as_slice()
            && norm(c) != norm(p.url())
        {
            out.add(
                "sitemap-url-non-canonical",
                url,
                format!("listed in the sitemap but its canonical is {c}"),
            );
        }
    }
}

fn sitemap_not_in_robots(site: &Site, out: &mut Findings) {
    let robots = &site.crawl.robots;
    if robots.status == Some(200)
        && robots.sitemaps.is_empty()
        && site.crawl.sitemaps.iter().any(readable)
    {
        out.add(
            "sitemap-not-in-robots",
            &robots.url,
            "robots.txt has no Sitemap: line",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;

    #[test]
    fn clean_site_has_no_sitemap_issues() {
        let c = clean_crawl();
        for (id, check) in CHECKS {
            assert!(paths(&c, *check).is_empty(), "{id}");
        }
    }

    #[test]
    fn missing_sitemap_and_undeclared_probe() {
        let mut c = clean_crawl();
        c.robots.sitemaps.clear();
        c.sitemaps[0].status = Some(404);
        assert_eq!(paths(&c, sitemap_missing), vec!["/"]);
        assert!(paths(&c, sitemap_unreadable).is_empty());
        assert!(paths(&c, sitemap_not_in_robots).is_empty());
    }

    #[test]
    fn declared_but_broken_sitemap_is_unreadable() {
        let mut c = clean_crawl();
        c.sitemaps.push(crawler::SitemapRecord {
            url: format!("{ORIGIN}/news.xml"),
            status: Some(200),
            index: false,
            url_count: 0,
            error: Some("malformed XML".into()),
        });
        assert_eq!(
            run(&c, sitemap_unreadable),
            vec![("/news.xml".to_string(), "malformed XML".to_string())]
        );
        c.robots.sitemaps.clear();
        assert_eq!(paths(&c, sitemap_not_in_robots), vec!["/robots.txt"]);
    }

    #[test]
    fn listed_urls_that_should_not_be_listed() {
        let mut c = clean_crawl();
        let mut gone = status_page(&format!("{ORIGIN}/gone"), 410);
        gone.in_sitemap = true;
        let mut moved = redirect(&format!("{ORIGIN}/moved"), &format!("{ORIGIN}/"), &[301]);
        moved.in_sitemap = true;
        let mut blocked = bare(&format!("{ORIGIN}/admin"));
        blocked.blocked_by_robots = true;
        c.pages.extend([gone, moved, blocked]);
        c.sitemap_urls.push(format!("{ORIGIN}/admin"));
        facts(&mut c, 1).meta_robots = Some("noindex".into());
        facts(&mut c, 2).canonicals = vec![format!("{ORIGIN}/")];
        assert_eq!(paths(&c, sitemap_url_error), vec!["/gone"]);
        assert_eq!(paths(&c, sitemap_url_redirects), vec!["/moved"]);
        assert_eq!(paths(&c, sitemap_url_blocked), vec!["/admin"]);
        assert_eq!(paths(&c, sitemap_url_noindex), vec!["/contact"]);
        assert_eq!(paths(&c, sitemap_url_non_canonical), vec!["/about"]);
    }
}
