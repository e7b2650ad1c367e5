//! Redirects: chains, loops, temporary moves, dead ends and meta refreshes.

use crawler::{PageRecord, ResourceKind};

use super::Check;
use crate::findings::Findings;
use crate::site::{Outcome, Site, outcome};

pub(super) const CHECKS: &[(&str, Check)] = &[
    ("redirect-chain", redirect_chain),
    ("redirect-loop", redirect_loop),
    ("temporary-redirect", temporary_redirect),
    ("redirect-to-error", redirect_to_error),
    ("meta-refresh", meta_refresh),
];

fn pages<'a>(site: &Site<'a>) -> impl Iterator<Item = &'a PageRecord> {
    site.crawl
        .pages
        .iter()
        .filter(|p| p.kind == ResourceKind::Page)
}

fn path(r: &PageRecord) -> String {
    let mut steps: Vec<&str> = r.redirects.iter().map(|h| h.url.as_str()).collect();
    steps.push(&r.final_url);
    steps.join(" -> ")
}

fn redirect_chain(site: &Site, out: &mut Findings) {
    for r in pages(site) {
        let hops = r.redirects.len();
        if r.error.as_deref() == Some("too_many_redirects") {
            out.add(
                "redirect-chain",
                &r.url,
                format!("gave up after {hops} redirects: {}", path(r)),
            );
        } else if hops >= 2 && r.error.is_none() {
            out.add(
                "redirect-chain",
                &r.url,
                format!("{hops} redirects: {}", path(r)),
            );
        }
    }
}

fn redirect_loop(site: &Site, out: &mut Findings) {
    for r in pages(site).filter(|r| outcome(r) == Outcome::Loop) {
        let detail = if r.redirects.is_empty() {
            "redirects back to itself".to_string()
        } else {
            format!("redirects in a loop: {}", path(r))
        };
        out.add("redirect-loop", &r.url, detail);
    }
}

fn temporary_redirect(site: &Site, out: &mut Findings) {
    for r in pages(site) {
        if let Some(h) = r.redirects.iter().find(|h| matches!(h.status, 302 | 307)) {
            out.add(
                "temporary-redirect",
                &r.url,
                format!(
                    "{} answers {} (temporary) on the way to {}",
                    h.url, h.status, r.final_url
                ),
            );
        }
    }
}

fn redirect_to_error(site: &Site, out: &mut Findings) {
    for r in pages(site).filter(|r| !r.redirects.is_empty()) {
        if let Outcome::ClientError(s) | Outcome::ServerError(s) = outcome(r) {
            out.add(
                "redirect-to-error",
                &r.url,
                format!("redirects to {} which answered {s}", r.final_url),
            );
        }
    }
}

fn meta_refresh(site: &Site, out: &mut Findings) {
    for page in &site.judged {
        if let Some(content) = page.html.meta_refresh.as_deref() {
            out.add(
                "meta-refresh",
                page.url(),
                format!("meta refresh \"{content}\""),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::*;

    fn with(rec: PageRecord) -> crawler::CrawlOutput {
        let mut c = clean_crawl();
        c.pages.push(rec);
        c
    }

    #[test]
    fn clean_site_has_no_redirect_issues() {
        let c = clean_crawl();
        for (id, check) in CHECKS {
            assert!(paths(&c, *check).is_empty(), "{id}");
        }
    }

    #[test]
    fn one_permanent_redirect_is_fine_two_are_a_chain() {
        let to = format!("{ORIGIN}/pricing");
        let c = with(redirect(&format!("{ORIGIN}/a"), &to, &[301]));
        assert!(paths(&c, redirect_chain).is_empty());
        assert!(paths(&c, temporary_redirect).is_empty());
        let c = with(redirect(&format!("{ORIGIN}/a"), &to, &[301, 308]));
        let found = run(&c, redirect_chain);
        assert_eq!(found[0].0, "/a");
        assert!(found[0].1.starts_with("2 redirects"), "{}", found[0].1);
    }

    #[test]
    fn loops_and_temporary_moves() {
        let c = with(failed(&format!("{ORIGIN}/loop"), "redirect_loop"));
        assert_eq!(paths(&c, redirect_loop), vec!["/loop"]);
        assert!(paths(&c, redirect_chain).is_empty());
        let c = with(redirect(
            &format!("{ORIGIN}/sale"),
            &format!("{ORIGIN}/"),
            &[302],
        ));
        assert_eq!(paths(&c, temporary_redirect), vec!["/sale"]);
    }

    #[test]
    fn redirect_ending_on_an_error() {
        let mut r = redirect(
            &format!("{ORIGIN}/moved"),
            &format!("{ORIGIN}/gone"),
            &[301],
        );
        r.status = Some(404);
        let c = with(r);
        assert_eq!(paths(&c, redirect_to_error), vec!["/moved"]);
    }

    #[test]
    fn meta_refresh_on_a_page() {
        let mut c = clean_crawl();
        facts(&mut c, 2).meta_refresh = Some("0; url=/pricing".into());
        assert_eq!(paths(&c, meta_refresh), vec!["/about"]);
    }
}
