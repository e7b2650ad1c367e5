//! Whether pages can be indexed, and under which URL.

use std::collections::HashSet;

use crawler::ResourceKind;

use super::Check;
use crate::findings::Findings;
use crate::site::{Outcome, Site, has_directive, header_noindex, meta_noindex, outcome};
use crate::urls::norm;

pub(super) const CHECKS: &[(&str, Check)] = &[
    ("noindex-page", noindex_page),
    ("x-robots-noindex", x_robots_noindex),
    ("nofollow-page", nofollow_page),
    ("canonical-missing", canonical_missing),
    ("canonical-multiple", canonical_multiple),
    ("canonical-to-error", canonical_to_error),
    ("canonical-to-redirect", canonical_to_redirect),
    ("canonical-to-blocked", canonical_to_blocked),
    ("canonical-to-noindex", canonical_to_noindex),
    ("server-error-page", server_error_page),
    ("robots-missing", robots_missing),
];

fn noindex_page(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if meta_noindex(p.html) && p.record.inlinks > 0 {
            out.add(
                "noindex-page",
                p.url(),
                format!(
                    "meta robots \"{}\" but {} page(s) link here",
                    p.html.meta_robots.as_deref().unwrap_or_default(),
                    p.record.inlinks
                ),
            );
        }
    }
}

fn x_robots_noindex(site: &Site, out: &mut Findings) {
    for p in site.judged.iter().filter(|p| header_noindex(p.record)) {
        out.add(
            "x-robots-noindex",
            p.url(),
            format!(
                "X-Robots-Tag: {}",
                p.record.x_robots_tag.as_deref().unwrap_or_default()
            ),
        );
    }
}

fn nofollow_page(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if let Some(m) = p.html.meta_robots.as_deref()
            && (has_directive(m, "nofollow") || has_directive(m, "none"))
        {
            out.add("nofollow-page", p.url(), format!("meta robots \"{m}\""));
        }
    }
}

fn canonical_missing(site: &Site, out: &mut Findings) {
    for p in site.judged.iter().filter(|p| p.html.canonicals.is_empty()) {
        out.add("canonical-missing", p.url(), "no <link rel=\"canonical\">");
    }
}

fn canonical_multiple(site: &Site, out: &mut Findings) {
    for p in site.judged.iter().filter(|p| p.html.canonicals.len() > 1) {
        out.add(
            "canonical-multiple",
            p.url(),
            format!(
                "{} canonicals: {}",
                p.html.canonicals.len(),
                p.html.canonicals.join(", ")
            ),
        );
    }
}

/// Each distinct canonical target other than the page itself, with how it ended.
fn canonical_targets<'a>(site: &Site<'a>) -> Vec<(&'a str, &'a str, Outcome)> {
    let mut out = Vec::new();
    for p in &site.judged {
        let mut seen = HashSet::new();
        for c in &p.html.canonicals {
            let key = norm(c);
            if key == norm(p.url()) || !seen.insert(key) {
                continue;
            }
            if let Some(target) = site.get(c) {
                out.push((p.url(), c.as_str(), outcome(target)));
            }
        }
    }
    out
}

fn canonical_to_error(site: &Site, out: &mut Findings) {
    for (page, target, o) in canonical_targets(site) {
        let what = match o {
            Outcome::ClientError(s) | Outcome::ServerError(s) => format!("answered {s}"),
            Outcome::Unreachable => "did not answer".to_string(),
            Outcome::Loop => "redirects in a loop".to_string(),
            _ => continue,
        };
        out.add(
            "canonical-to-error",
            page,
            format!("canonical {target} {what}"),
        );
    }
}

fn canonical_to_redirect(site: &Site, out: &mut Findings) {
    for (page, target, o) in canonical_targets(site) {
        if o == Outcome::Redirected {
            let dest = site
                .get(target)
                .map(|r| r.final_url.as_str())
                .unwrap_or_default();
            out.add(
                "canonical-to-redirect",
                page,
                format!("canonical {target} redirects to {dest}"),
            );
        }
    }
}

fn canonical_to_blocked(site: &Site, out: &mut Findings) {
    for (page, target, o) in canonical_targets(site) {
        if o == Outcome::Blocked {
            out.add(
                "canonical-to-blocked",
                page,
                format!("canonical {target} is disallowed by robots.txt"),
            );
        }
    }
}

fn canonical_to_noindex(site: &Site, out: &mut Findings) {
    for (page, target, o) in canonical_targets(site) {
        if o == Outcome::Ok && site.judged_at(target).is_some_and(|t| t.noindex()) {
            out.add(
                "canonical-to-noindex",
                page,
                format!("canonical {target} is marked noindex"),
            );
        }
    }
}

fn server_error_page(site: &Site, out: &mut Findings) {
    for r in &site.crawl.pages {
        if r.kind == ResourceKind::Page
            && r.redirects.is_empty()
            && let Outcome::ServerError(s) = outcome(r)
        {
            out.add("server-error-page", &r.url, format!("answered {s}"));
        }
    }
}

fn robots_missing(site: &Site, out: &mut Findings) {
    let robots = &site.crawl.robots;
    if let Some(s @ 400..=499) = robots.status {
        out.add(
            "robots-missing",
            &robots.url,
            format!("robots.txt answered {s}"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;

    #[test]
    fn clean_site_has_no_indexability_issues() {
        let c = clean_crawl();
        for (id, check) in CHECKS {
            assert!(paths(&c, *check).is_empty(), "{id}");
        }
    }

    #[test]
    fn noindex_linked_and_header_and_nofollow() {
        let mut c = clean_crawl();
        facts(&mut c, 1).meta_robots = Some("noindex, follow".into());
        facts(&mut c, 2).meta_robots = Some("index, nofollow".into());
        c.pages[3].x_robots_tag = Some("noindex".into());
        assert_eq!(paths(&c, noindex_page), vec!["/contact"]);
        assert_eq!(paths(&c, nofollow_page), vec!["/about"]);
        assert_eq!(paths(&c, x_robots_noindex), vec!["/pricing"]);
        c.pages[1].inlinks = 0;
        assert!(
            paths(&c, noindex_page).is_empty(),
            "unlinked noindex is deliberate"
        );
    }

    #[test]
    fn canonical_presence() {
        let mut c = clean_crawl();
        facts(&mut c, 1).canonicals.clear();
        facts(&mut c, 2).canonicals.push(format!("{ORIGIN}/other"));
        assert_eq!(paths(&c, canonical_missing), vec!["/contact"]);
        assert_eq!(paths(&c, canonical_multiple), vec!["/about"]);
    }

    #[test]
    fn canonical_targets_that_fail() {
        let mut c = clean_crawl();
        let gone = format!("{ORIGIN}/gone");
        let moved = format!("{ORIGIN}/moved");
        let admin = format!("{ORIGIN}/admin");
        c.pages.push(status_page(&gone, 404));
        c.pages
            .push(redirect(&moved, &format!("{ORIGIN}/"), &[301]));
        let mut blocked = bare(&admin);
        blocked.blocked_by_robots = true;
        c.pages.push(blocked);
        facts(&mut c, 0).canonicals = vec![gone];
        facts(&mut c, 1).canonicals = vec![moved];
        facts(&mut c, 2).canonicals = vec![admin];
        facts(&mut c, 3).canonicals = vec![format!("{ORIGIN}/contact")];
        facts(&mut c, 1).meta_robots = Some("noindex".into());
        assert_eq!(paths(&c, canonical_to_error), vec!["/"]);
        assert_eq!(paths(&c, canonical_to_redirect), vec!["/contact"]);
        assert_eq!(paths(&c, canonical_to_blocked), vec!["/about"]);
        // /contact redirects nowhere itself: its record is a judged noindex page.
        assert_eq!(paths(&c, canonical_to_noindex), vec!["/pricing"]);
    }

    #[test]
    fn server_errors_and_robots() {
        let mut c = clean_crawl();
        c.pages.push(status_page(&format!("{ORIGIN}/boom"), 502));
        assert_eq!(paths(&c, server_error_page), vec!["/boom"]);
        c.robots.status = Some(404);
        assert_eq!(paths(&c, robots_missing), vec!["/robots.txt"]);
        c.robots.status = None;
        assert!(paths(&c, robots_missing).is_empty());
    }
}
