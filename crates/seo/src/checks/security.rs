//! HTTPS: pages, the resources they load, and where forms post.

use super::Check;
use crate::findings::Findings;
use crate::site::Site;
use crate::urls::scheme_of;

pub(super) const CHECKS: &[(&str, Check)] = &[
    ("http-page", http_page),
    ("mixed-content", mixed_content),
    ("insecure-form", insecure_form),
];

/// Only a site that starts on HTTPS is judged for HTTP pages: a site served on plain HTTP
/// throughout (an intranet, a local preview) has one site-level choice, not a page defect.
fn http_page(site: &Site, out: &mut Findings) {
    if scheme_of(&site.crawl.start_url).as_deref() != Some("https") {
        return;
    }
    for p in &site.judged {
        if scheme_of(p.url()).as_deref() == Some("http") {
            out.add(
                "http-page",
                p.url(),
                "served over plain HTTP on a site that uses HTTPS",
            );
        }
    }
}

fn mixed_content(site: &Site, out: &mut Findings) {
    for p in &site.judged {
        if scheme_of(p.url()).as_deref() != Some("https") {
            continue;
        }
        let insecure: Vec<&str> = p
            .html
            .resources
            .iter()
            .map(|r| r.url.as_str())
            .chain(p.html.images.iter().map(|i| i.src.as_str()))
            .filter(|u| u.starts_with("http:"))
            .collect();
        if let Some(first) = insecure.first() {
            out.add(
                "mixed-content",
                p.url(),
                format!("{} resource(s) over HTTP, e.g. {first}", insecure.len()),
            );
        }
    }
}

fn insecure_form(site: &Site, out: &mut Findings) {
    for p in site.judged.iter().filter(|p| p.html.insecure_forms > 0) {
        out.add(
            "insecure-form",
            p.url(),
            format!("{} form(s) post to an http: address", p.html.insecure_forms),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;
    use crawler::{Resource, ResourceKind};

    #[test]
    fn a_plain_http_site_is_not_flagged_page_by_page() {
        let c = clean_crawl();
        for (id, check) in CHECKS {
            assert!(paths(&c, *check).is_empty(), "{id}");
        }
    }

    #[test]
    fn http_pages_on_an_https_site_and_mixed_content() {
        let mut c = crawl_of(vec![
            page("https://s.test/"),
            page("http://s.test/legacy"),
            page("https://s.test/blog"),
        ]);
        facts(&mut c, 2).resources.push(Resource {
            url: "http://cdn.test/app.js".into(),
            kind: ResourceKind::Script,
        });
        assert_eq!(paths(&c, http_page), vec!["/legacy"]);
        assert_eq!(paths(&c, mixed_content), vec!["/blog"]);
    }

    #[test]
    fn forms_posting_over_http() {
        let mut c = clean_crawl();
        facts(&mut c, 1).insecure_forms = 1;
        assert_eq!(paths(&c, insecure_form), vec!["/contact"]);
    }
}
