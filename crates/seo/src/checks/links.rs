//! Links between pages and to other sites.

use std::collections::HashSet;

use crawler::{Link, PageRecord, ResourceKind};

use super::Check;
use crate::findings::Findings;
use crate::site::{Judged, Outcome, Site, outcome};
use crate::urls::norm;

pub(super) const CHECKS: &[(&str, Check)] = &[
    ("broken-link", broken_internal_link),
    ("internal-link-server-error", internal_link_server_error),
    ("internal-link-unreachable", internal_link_unreachable),
    ("broken-external-link", broken_external_link),
    ("external-link-unreachable", external_link_unreachable),
    ("internal-link-to-redirect", internal_link_to_redirect),
    ("nofollow-internal-link", nofollow_internal_link),
    ("link-text-non-descriptive", link_text_non_descriptive),
    ("link-text-empty", link_text_empty),
    ("too-many-links", too_many_links),
    ("broken-resource", broken_resource),
];

/// Links too vague to tell what they lead to.
const VAGUE_TEXTS: &[&str] = &[
    "click here",
    "click",
    "here",
    "read more",
    "more",
    "link",
    "this link",
    "learn more",
    "this page",
    "more info",
    "go",
    "continue",
];

/// Links on a page beyond which each one is worth little.
pub(crate) const MAX_LINKS: usize = 250;

/// Each distinct internal link target of each judged page, with its crawled record.
fn internal_targets<'a>(site: &Site<'a>) -> Vec<(Judged<'a>, &'a Link, &'a PageRecord)> {
    let mut out = Vec::new();
    for page in &site.judged {
        let mut seen = HashSet::new();
        for link in page.html.links.iter().filter(|l| l.internal) {
            if !seen.insert(norm(&link.href)) {
                continue;
            }
            if let Some(target) = site.get(&link.href) {
                out.push((*page, link, target));
            }
        }
    }
    out
}

fn broken_internal_link(site: &Site, out: &mut Findings) {
    for (page, link, target) in internal_targets(site) {
        if let Outcome::ClientError(s) = outcome(target) {
            out.add(
                "broken-link",
                page.url(),
                format!("links to {} which answered {s}", link.href),
            );
        }
    }
}

fn internal_link_server_error(site: &Site, out: &mut Findings) {
    for (page, link, target) in internal_targets(site) {
        if let Outcome::ServerError(s) = outcome(target) {
            out.add(
                "internal-link-server-error",
                page.url(),
                format!("links to {} which answered {s}", link.href),
            );
        }
    }
}

fn internal_link_unreachable(site: &Site, out: &mut Findings) {
    for (page, link, target) in internal_targets(site) {
        if outcome(target) == Outcome::Unreachable {
            let why = target.error.as_deref().unwrap_or("no answer");
            out.add(
                "internal-link-unreachable",
                page.url(),
                format!("links to {} which did not answer ({why})", link.href),
            );
        }
    }
}

/// Statuses that say the page is gone or broken. 401, 403, 405 and 429 are left out: many
/// sites answer them to every automated client while the page works in a browser, and 999
/// is LinkedIn's answer to robots.
fn external_broken(status: u16) -> bool {
    (400..600).contains(&status) && !matches!(status, 401 | 403 | 405 | 429)
}

fn broken_external_link(site: &Site, out: &mut Findings) {
    for check in &site.crawl.external {
        let Some(status) = check.status.filter(|s| external_broken(*s)) else {
            continue;
        };
        for page in unique(&check.found_on) {
            out.add(
                "broken-external-link",
                page,
                format!("links to {} which answered {status}", check.url),
            );
        }
    }
}

fn external_link_unreachable(site: &Site, out: &mut Findings) {
    for check in &site.crawl.external {
        let Some(err) = check.error.as_deref() else {
            continue;
        };
        if check.status.is_some() || !matches!(err, "timeout" | "dns" | "connection") {
            continue;
        }
        for page in unique(&check.found_on) {
            out.add(
                "external-link-unreachable",
                page,
                format!("links to {} which did not answer ({err})", check.url),
            );
        }
    }
}

fn unique(urls: &[String]) -> Vec<&str> {
    let mut seen = HashSet::new();
    urls.iter()
        .map(String::as_str)
        .filter(|u| seen.insert(norm(u)))
        .collect()
}

fn internal_link_to_redirect(site: &Site, out: &mut Findings) {
    for (page, link, target) in internal_targets(site) {
        if outcome(target) == Outcome::Redirected {
            out.add(
                "internal-link-to-redirect",
                page.url(),
                format!(
                    "links to {} which redirects to {}",
                    link.href, target.final_url
                ),
            );
        }
    }
}

fn nofollow_internal_link(site: &Site, out: &mut Findings) {
    for page in &site.judged {
        let mut seen = HashSet::new();
        for link in page.html.links.iter().filter(|l| l.internal && l.nofollow) {
            if seen.insert(norm(&link.href)) {
                out.add(
                    "nofollow-internal-link",
                    page.url(),
                    format!("the link to {} has rel=nofollow", link.href),
                );
            }
        }
    }
}

fn is_vague(text: &str) -> bool {
    let t = text
        .trim()
        .trim_end_matches(['.', '!', '…', '>', '»', '→', ' '])
        .to_lowercase();
    VAGUE_TEXTS.contains(&t.as_str())
}

fn link_text_non_descriptive(site: &Site, out: &mut Findings) {
    for page in &site.judged {
        let mut seen = HashSet::new();
        for link in page.html.links.iter().filter(|l| is_vague(&l.text)) {
            if seen.insert((norm(&link.href), link.text.to_lowercase())) {
                out.add(
                    "link-text-non-descriptive",
                    page.url(),
                    format!("the link to {} says \"{}\"", link.href, link.text.trim()),
                );
            }
        }
    }
}

fn link_text_empty(site: &Site, out: &mut Findings) {
    for page in &site.judged {
        let mut seen = HashSet::new();
        for link in page.html.links.iter().filter(|l| l.text.trim().is_empty()) {
            if seen.insert(norm(&link.href)) {
                out.add(
                    "link-text-empty",
                    page.url(),
                    format!("the link to {} has no text", link.href),
                );
            }
        }
    }
}

fn too_many_links(site: &Site, out: &mut Findings) {
    for page in &site.judged {
        let n = page.html.links.len();
        if n > MAX_LINKS {
            out.add(
                "too-many-links",
                page.url(),
                format!("{n} links on the page (more than {MAX_LINKS})"),
            );
        }
    }
}

fn broken_resource(site: &Site, out: &mut Findings) {
    for page in &site.judged {
        let mut seen = HashSet::new();
        for res in &page.html.resources {
            if !matches!(res.kind, ResourceKind::Script | ResourceKind::Stylesheet)
                || !seen.insert(norm(&res.url))
            {
                continue;
            }
            let Some(target) = site.get(&res.url) else {
                continue;
            };
            let what = match outcome(target) {
                Outcome::ClientError(s) | Outcome::ServerError(s) => format!("answered {s}"),
                Outcome::Unreachable => "did not answer".to_string(),
                _ => continue,
            };
            out.add(
                "broken-resource",
                page.url(),
                format!("loads {} which {what}", res.url),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;
    use crawler::{LinkCheck, Resource};

    fn with_link(href: &str, text: &str, target: Option<PageRecord>) -> crawler::CrawlOutput {
        let mut c = clean_crawl();
        facts(&mut c, 1).links.push(link(href, text));
        if let Some(t) = target {
            c.pages.push(t);
        }
        c
    }

    #[test]
    fn clean_site_has_no_link_issues() {
        let c = clean_crawl();
        for (id, check) in CHECKS {
            assert!(paths(&c, *check).is_empty(), "{id}");
        }
    }

    #[test]
    fn broken_internal_link_names_the_source_and_status() {
        let gone = format!("{ORIGIN}/gone");
        let c = with_link(&gone, "Old offer", Some(status_page(&gone, 404)));
        let found = run(&c, broken_internal_link);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "/contact");
        assert!(found[0].1.contains("answered 404"), "{}", found[0].1);
        assert!(paths(&c, internal_link_server_error).is_empty());
    }

    #[test]
    fn server_errors_and_timeouts() {
        let boom = format!("{ORIGIN}/boom");
        let c = with_link(&boom, "Status", Some(status_page(&boom, 500)));
        assert_eq!(paths(&c, internal_link_server_error), vec!["/contact"]);
        let hang = format!("{ORIGIN}/hang");
        let c = with_link(&hang, "Hang", Some(failed(&hang, "timeout")));
        assert_eq!(paths(&c, internal_link_unreachable), vec!["/contact"]);
        assert!(paths(&c, broken_internal_link).is_empty());
    }

    #[test]
    fn external_links_broken_or_unreachable() {
        let mut c = clean_crawl();
        let check = |url: &str, status: Option<u16>, error: Option<&str>| LinkCheck {
            url: url.into(),
            status,
            error: error.map(String::from),
            response_ms: 10,
            found_on: vec![format!("{ORIGIN}/about"), format!("{ORIGIN}/about")],
        };
        c.external = vec![
            check("http://ext.test/gone", Some(404), None),
            check("http://ext.test/bot-wall", Some(403), None),
            check("http://ext.test/ok", Some(200), None),
            check("http://ext.test/hang", None, Some("timeout")),
        ];
        assert_eq!(paths(&c, broken_external_link), vec!["/about"]);
        assert_eq!(paths(&c, external_link_unreachable), vec!["/about"]);
    }

    #[test]
    fn links_to_redirects_but_not_to_loops() {
        let old = format!("{ORIGIN}/old");
        let c = with_link(
            &old,
            "Old pricing",
            Some(redirect(&old, &format!("{ORIGIN}/pricing"), &[301])),
        );
        let found = run(&c, internal_link_to_redirect);
        assert_eq!(found.len(), 1);
        assert!(found[0].1.contains("redirects to http://s.test/pricing"));
        let c = with_link(&old, "Old", Some(failed(&old, "redirect_loop")));
        assert!(paths(&c, internal_link_to_redirect).is_empty());
    }

    #[test]
    fn nofollow_vague_and_empty_link_texts() {
        let mut c = clean_crawl();
        let mut l = link(&format!("{ORIGIN}/about"), "About the team");
        l.nofollow = true;
        facts(&mut c, 2).links.push(l);
        facts(&mut c, 3)
            .links
            .push(link(&format!("{ORIGIN}/about"), " Read more… "));
        facts(&mut c, 3)
            .links
            .push(link(&format!("{ORIGIN}/pricing"), "Click here!"));
        facts(&mut c, 0)
            .links
            .push(link(&format!("{ORIGIN}/about"), " "));
        assert_eq!(paths(&c, nofollow_internal_link), vec!["/about"]);
        assert_eq!(
            paths(&c, link_text_non_descriptive),
            vec!["/pricing", "/pricing"]
        );
        assert_eq!(paths(&c, link_text_empty), vec!["/"]);
        assert!(!is_vague("Read more about pricing"));
    }

    #[test]
    fn too_many_links_over_the_limit_only() {
        let mut c = clean_crawl();
        let links = &mut facts(&mut c, 2).links;
        while links.len() < MAX_LINKS {
            links.push(link(&format!("{ORIGIN}/p{}", links.len()), "Post"));
        }
        assert!(paths(&c, too_many_links).is_empty());
        facts(&mut c, 2).links.push(link("http://o.test/", "Other"));
        assert_eq!(paths(&c, too_many_links), vec!["/about"]);
    }

    #[test]
    fn broken_scripts_and_stylesheets() {
        let mut c = clean_crawl();
        let js = format!("{ORIGIN}/old.js");
        facts(&mut c, 1).resources.push(Resource {
            url: js.clone(),
            kind: ResourceKind::Script,
        });
        let mut rec = status_page(&js, 404);
        rec.kind = ResourceKind::Script;
        c.pages.push(rec);
        assert_eq!(paths(&c, broken_resource), vec!["/contact"]);
    }
}
